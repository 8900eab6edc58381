import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { disableWebhook } from '../services/webhooks/disable.js';
import { getWebhook, listWebhooksPage } from '../services/webhooks/list.js';
import {
  deliverySchema as delivery,
  registeredWebhookSchema,
  webhookSchema,
  type RegisteredWebhookJson,
} from '../services/webhooks/webhook-json.js';
import { registerWebhook, webhookDeliveries } from '../services/webhooks/webhooks.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { noContent, pageQuery, pageSchema } from './list-query.js';

export function registerWebhookRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/webhooks', {
    config: { created: createdAt('/webhooks/:id', (w: RegisteredWebhookJson) => ({ id: w.id })) },
    schema: {
      operationId: 'registerWebhook',
      tags: ['webhooks'],
      summary: 'Register an endpoint for clock warnings and breaches (signed; the secret is shown once)',
      body: z.object({ url: z.string() }),
      response: { 201: registeredWebhookSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await registerWebhook(deps.context(req), req.body.url)),
  });
  api.get('/webhooks', {
    schema: {
      operationId: 'listWebhooks',
      tags: ['webhooks'],
      summary: 'Registered endpoints, disabled ones included (never their secrets)',
      querystring: z.object(pageQuery),
      response: { 200: pageSchema(webhookSchema) },
    },
    handler: async (req) => listWebhooksPage(deps.context(req), req.query),
  });
  api.get('/webhooks/:id', {
    schema: {
      operationId: 'getWebhook',
      tags: ['webhooks'],
      summary: 'A registered endpoint (never its secret)',
      params: z.object({ id: z.string() }),
      response: { 200: webhookSchema },
    },
    handler: async (req) => getWebhook(deps.context(req), req.params.id),
  });
  api.delete('/webhooks/:id', {
    schema: {
      operationId: 'disableWebhook',
      tags: ['webhooks'],
      summary: 'Disable an endpoint: nothing more is queued or retried to it; its deliveries are kept',
      params: z.object({ id: z.string() }),
      response: { 204: noContent },
    },
    handler: async (req, reply) => {
      await disableWebhook(deps.context(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
  api.get('/webhooks/deliveries', {
    schema: {
      operationId: 'listWebhookDeliveries',
      tags: ['webhooks'],
      summary: 'Deliveries by id with every attempt',
      querystring: z.object(pageQuery),
      response: { 200: pageSchema(delivery) },
    },
    handler: async (req) => webhookDeliveries(deps.context(req), req.query),
  });
}
