import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issueToken, revokeApiToken } from '../services/tokens/api-tokens.js';
import { listAuditPage } from '../services/audit/list.js';
import { listTokensPage } from '../services/tokens/list.js';
import { verifyAuditLog } from '../services/audit/verify.js';
import type { RouteDeps } from './app.js';
import { instant, instantText } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema } from './list-query.js';

const role = z.enum(['admin', 'agent', 'auditor', 'customer']);

export function registerAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/tokens', {
    schema: {
      tags: ['admin'],
      summary: 'Issue an API token (shown once; stored hashed)',
      body: z.object({
        role,
        customerId: z.string().optional(),
        label: z.string().min(1),
        expiresAt: instant.optional().describe('ISO-8601 instant after which the token is refused; none: never'),
      }),
      response: { 201: z.object({ id: z.string(), token: z.string() }) },
    },
    handler: async (req, reply) => reply.status(201).send(await issueToken(deps.context(req), req.body)),
  });
  api.get('/tokens', {
    schema: {
      tags: ['admin'],
      summary: 'API tokens in the order they were issued, revoked and expired ones included (never their secrets)',
      querystring: z.object(pageQuery),
      response: {
        200: pageSchema(
          z.object({
            id: z.string(),
            role,
            customerId: z.string().nullable(),
            label: z.string(),
            createdAt: instantText,
            expiresAt: instantText.nullable(),
            revokedAt: instantText.nullable(),
          }),
        ),
      },
    },
    handler: async (req) => listTokensPage(deps.context(req), req.query),
  });
  api.delete('/tokens/:id', {
    schema: { tags: ['admin'], summary: 'Revoke an API token', params: z.object({ id: z.string() }) },
    handler: async (req, reply) => {
      await revokeApiToken(deps.context(req), req.params.id);
      return reply.status(204).send();
    },
  });
  api.get('/audit/verify', {
    schema: { tags: ['admin'], summary: "Check the audit log's hash chains" },
    handler: async (req) => verifyAuditLog(deps.context(req)),
  });
  api.get('/audit', {
    schema: {
      tags: ['admin'],
      summary: 'The audit log in order of writing, with its hash chains (admins and auditors)',
      querystring: z.object({
        entity: z.string().optional().describe('only this entity, such as customer:acme or token:0123456789ab'),
        action: z.string().optional().describe('only actions beginning with this, such as contact. or token.revoked'),
        ...pageQuery,
      }),
      response: {
        200: pageSchema(
          z.object({
            seq: z.number().int(),
            at: instantText,
            actor: z.string(),
            action: z.string(),
            entity: z.string(),
            detail: z.unknown().describe('what changed, as recorded'),
            chain: z.number().int().describe('the hash chain the entry extends (the log is several)'),
            hash: z.string(),
            prevHash: z.string().describe('the hash of the previous entry in the same chain'),
          }),
        ),
      },
    },
    handler: async (req) => listAuditPage(deps.context(req), req.query),
  });
}
