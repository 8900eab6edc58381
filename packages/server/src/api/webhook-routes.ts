import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerWebhook, webhookDeliveries } from '../services/webhooks.js';
import type { RouteDeps } from './app.js';

export function registerWebhookRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/webhooks', {
    schema: {
      tags: ['webhooks'],
      summary: 'Register an endpoint for clock warnings and breaches (signed; the secret is shown once)',
      body: z.object({ url: z.string() }),
      response: { 201: z.object({ id: z.string(), secret: z.string() }) },
    },
    handler: async (req, reply) => reply.status(201).send(await registerWebhook(deps.context(req), req.body.url)),
  });
  api.get('/webhooks/deliveries', {
    schema: {
      tags: ['webhooks'],
      summary: 'Deliveries with every attempt',
      querystring: z.object({
        cursor: z.string().optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
    },
    handler: async (req) => webhookDeliveries(deps.context(req), { after: req.query.cursor, limit: req.query.limit }),
  });
}
