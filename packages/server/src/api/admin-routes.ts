import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issueToken, revokeApiToken } from '../services/api-tokens.js';
import { verifyAuditLog } from '../services/verify-audit-log.js';
import type { RouteDeps } from './app.js';

export function registerAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/tokens', {
    schema: {
      tags: ['admin'],
      summary: 'Issue an API token (shown once; stored hashed)',
      body: z.object({
        role: z.enum(['admin', 'agent', 'auditor', 'customer']),
        customerId: z.string().optional(),
        label: z.string().min(1),
      }),
      response: { 201: z.object({ id: z.string(), token: z.string() }) },
    },
    handler: async (req, reply) => reply.status(201).send(await issueToken(deps.context(req), req.body)),
  });
  api.delete('/tokens/:id', {
    schema: { tags: ['admin'], summary: 'Revoke an API token', params: z.object({ id: z.string() }) },
    handler: async (req, reply) => {
      await revokeApiToken(deps.context(req), req.params.id);
      return reply.status(204).send();
    },
  });
  api.get('/audit/verify', {
    schema: { tags: ['admin'], summary: "Check the audit log's hash chain" },
    handler: async (req) => verifyAuditLog(deps.context(req)),
  });
}
