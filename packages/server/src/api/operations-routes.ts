import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readMetrics, storeReady, type Metrics } from '../services/operations/metrics.js';
import type { ServiceContext } from '../services/core/service-context.js';
import type { RouteDeps } from './app.js';

/**
 * Liveness (/healthz: the process answers), readiness (/readyz: and its database answers), and Prometheus
 * metrics (/metrics, for admin and auditor tokens: its counts span every customer). Every
 * request is counted and timed by route pattern, never by raw URL, so ids do not multiply the series.
 */
export function registerOperationsRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  metrics: Metrics,
  system: () => ServiceContext,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.requestSeconds.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  api.get('/healthz', {
    config: { public: true },
    schema: {
      operationId: 'getHealth',
      tags: ['operations'],
      summary: 'Liveness: the process answers (no token)',
      security: [],
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: async () => ({ status: 'ok' as const }),
  });
  api.get('/readyz', {
    config: { public: true },
    schema: {
      operationId: 'getReadiness',
      tags: ['operations'],
      summary: 'Readiness: the process and its database answer (no token)',
      security: [],
      response: {
        200: z.object({ status: z.literal('ready') }),
        503: z.object({ status: z.literal('not_ready'), reason: z.string() }),
      },
    },
    handler: async (_req, reply) =>
      (await storeReady(system()))
        ? reply.send({ status: 'ready' as const })
        : reply.status(503).send({ status: 'not_ready' as const, reason: 'the database does not answer' }),
  });
  api.get('/metrics', {
    schema: {
      operationId: 'getMetrics',
      tags: ['operations'],
      summary: 'Prometheus metrics (text exposition format; admin and auditor tokens)',
      response: { 200: z.string().describe('Prometheus text exposition format 0.0.4') },
    },
    handler: async (req, reply) =>
      reply.type(metrics.registry.contentType).send(await readMetrics(deps.context(req), metrics)),
  });
}
