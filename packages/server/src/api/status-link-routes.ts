import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { customerStatusPage } from '../services/status/customer-status-page.js';
import {
  createdStatusLinkSchema,
  createStatusLink,
  getStatusLink,
  listStatusLinks,
  revokeStatusLink,
  statusLinkSchema,
  type StatusLinkJson,
} from '../services/status/status-links.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { customerStatusHtml } from './status/customer-status-html.js';

const customerParams = z.object({ customerId: z.string() });

/**
 * A customer's private status page: read signed in (its contact, or staff) at /customers/{id}/status-page, or by a
 * secret link (/status/private/{token}, status-routes.ts) that staff make and revoke here.
 */
export function registerStatusLinkRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/customers/:customerId/status-page', {
    schema: {
      tags: ['status'],
      operationId: 'getCustomerStatusPage',
      summary:
        "The customer's private status page (HTML): its contracts' components, its uptime this month, its maintenance",
      params: customerParams,
      response: { 200: z.string().describe('the page, as HTML') },
    },
    handler: async (req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(customerStatusHtml(await customerStatusPage(deps.context(req), req.params.customerId))),
  });
  api.post('/customers/:customerId/status-links', {
    config: {
      created: createdAt('/customers/:customerId/status-links/:linkId', (l: StatusLinkJson) => ({
        customerId: l.customerId,
        linkId: l.id,
      })),
    },
    schema: {
      tags: ['status'],
      operationId: 'createStatusLink',
      summary: "Make a secret link to the customer's private status page; its path (with the token) is shown only now",
      params: customerParams,
      response: { 201: createdStatusLinkSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await createStatusLink(deps.context(req), req.params.customerId)),
  });
  api.get('/customers/:customerId/status-links', {
    schema: {
      tags: ['status'],
      operationId: 'listStatusLinks',
      summary: "The customer's status links (without their tokens)",
      params: customerParams,
      response: { 200: z.object({ items: z.array(statusLinkSchema) }) },
    },
    handler: async (req) => ({ items: await listStatusLinks(deps.context(req), req.params.customerId) }),
  });
  api.get('/customers/:customerId/status-links/:linkId', {
    schema: {
      tags: ['status'],
      operationId: 'getStatusLink',
      summary: "One of the customer's status links (without its token)",
      params: customerParams.extend({ linkId: z.string() }),
      response: { 200: statusLinkSchema },
    },
    handler: async (req) => getStatusLink(deps.context(req), req.params.customerId, req.params.linkId),
  });
  api.post('/customers/:customerId/status-links/:linkId/revoke', {
    schema: {
      tags: ['status'],
      operationId: 'revokeStatusLink',
      summary: 'Revoke a status link: its page answers 404 from now on',
      params: customerParams.extend({ linkId: z.string() }),
      response: { 200: statusLinkSchema },
    },
    handler: async (req) => revokeStatusLink(deps.context(req), req.params.customerId, req.params.linkId),
  });
}
