import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOutbox, outboxPageSchema } from '../services/outbox/list.js';
import type { RouteDeps } from './app.js';
import { pageQuery } from './list-query.js';

/** The email outbox with every attempt (admins and auditors). */
export function registerOutboxRoutes(app: FastifyInstance, deps: RouteDeps, email: { notice: string | null }): void {
  app.withTypeProvider<ZodTypeProvider>().get('/outbox', {
    schema: {
      tags: ['email'],
      operationId: 'listOutbox',
      summary: 'Email outbox: every message per recipient with its attempts, sending and acceptance times',
      querystring: z.object({ ...pageQuery, recipient: z.string().max(320).optional() }).strict(),
      response: { 200: outboxPageSchema },
    },
    handler: async (req) => ({
      emailConfigured: email.notice === null,
      notice: email.notice,
      ...(await listOutbox(deps.context(req), req.query)),
    }),
  });
}
