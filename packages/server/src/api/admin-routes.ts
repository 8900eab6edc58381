import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issueToken, revokeApiToken } from '../services/tokens/api-tokens.js';
import { listAuditPage } from '../services/audit/list.js';
import { getToken, listTokensPage } from '../services/tokens/list.js';
import { issuedTokenSchema, roleSchema, tokenSchema, type IssuedTokenJson } from '../services/tokens/token-json.js';
import { verifyAuditLog } from '../services/audit/verify.js';
import { auditEntrySchema, auditVerificationSchema } from '../services/audit/audit-json.js';
import type { RouteDeps } from './app.js';
import { instant } from '../services/core/instant-codec.js';
import { createdAt } from './created.js';
import { noContent, pageQuery, pageSchema } from './list-query.js';

const role = roleSchema;

export function registerAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/tokens', {
    config: { created: createdAt('/tokens/:id', (t: IssuedTokenJson) => ({ id: t.id })) },
    schema: {
      operationId: 'issueToken',
      tags: ['admin'],
      summary: 'Issue an API token (shown once; stored hashed)',
      body: z.object({
        role,
        customerId: z.string().optional(),
        label: z.string().min(1),
        expiresAt: instant.optional().describe('ISO-8601 instant after which the token is refused; none: never'),
      }),
      response: { 201: issuedTokenSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await issueToken(deps.context(req), req.body)),
  });
  api.get('/tokens', {
    schema: {
      operationId: 'listTokens',
      tags: ['admin'],
      summary: 'API tokens in the order they were issued, revoked and expired ones included (never their secrets)',
      querystring: z.object(pageQuery),
      response: {
        200: pageSchema(tokenSchema),
      },
    },
    handler: async (req) => listTokensPage(deps.context(req), req.query),
  });
  api.get('/tokens/:id', {
    schema: {
      operationId: 'getToken',
      tags: ['admin'],
      summary: 'An API token (never its secret)',
      params: z.object({ id: z.string() }),
      response: { 200: tokenSchema },
    },
    handler: async (req) => getToken(deps.context(req), req.params.id),
  });
  api.delete('/tokens/:id', {
    schema: {
      operationId: 'revokeToken',
      tags: ['admin'],
      summary: 'Revoke an API token',
      params: z.object({ id: z.string() }),
      response: { 204: noContent },
    },
    handler: async (req, reply) => {
      await revokeApiToken(deps.context(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
  api.get('/audit/verify', {
    schema: {
      operationId: 'verifyAudit',
      tags: ['admin'],
      summary: "Check the audit log's hash chains",
      response: { 200: auditVerificationSchema },
    },
    handler: async (req) => verifyAuditLog(deps.context(req)),
  });
  api.get('/audit', {
    schema: {
      operationId: 'listAudit',
      tags: ['admin'],
      summary: 'The audit log in order of writing, with its hash chains (admins and auditors)',
      querystring: z.object({
        entity: z.string().optional().describe('only this entity, such as customer:acme or token:0123456789ab'),
        action: z.string().optional().describe('only actions beginning with this, such as contact. or token.revoked'),
        ...pageQuery,
      }),
      response: {
        200: pageSchema(auditEntrySchema),
      },
    },
    handler: async (req) => listAuditPage(deps.context(req), req.query),
  });
}
