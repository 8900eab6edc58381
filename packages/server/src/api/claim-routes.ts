import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeCreditPeriod, creditsOwed, creditsOwedSchema } from '../services/credits/owed.js';
import { fileClaim } from '../services/claims/file.js';
import { getClaim, listClaimsPage } from '../services/claims/get.js';
import type { RouteDeps } from './app.js';
import { createdAt } from './created.js';
import { claimSchema, type ClaimJson } from '../services/claims/claim-json.js';
import { instant } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema } from './list-query.js';

const month = z.string().regex(/^\d{4}-\d{2}$/);
const claim = claimSchema;
export function registerClaimRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/customers/:customerId/claims', {
    config: {
      created: createdAt('/customers/:customerId/claims/:claimId', (c: ClaimJson) => ({
        customerId: c.customerId,
        claimId: c.id,
      })),
    },
    schema: {
      operationId: 'fileClaim',
      tags: ['credits'],
      summary: "File a service-credit claim for a month (the customer's contact, or an admin on its behalf)",
      description: "Decided at once with the contract's credit tiers and claim window; stored with its decision.",
      params: z.object({ customerId: z.string() }),
      body: z.object({
        period: month.describe("the month claimed, YYYY-MM in the contract's zone"),
        contractId: z.string().optional().describe('needed when the customer has more than one contract'),
        contactId: z.string().optional().describe('the contact making the claim'),
      }),
      response: { 201: claim },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await fileClaim(deps.context(req), req.params.customerId, req.body)),
  });
  api.get('/customers/:customerId/claims', {
    schema: {
      operationId: 'listClaims',
      tags: ['credits'],
      summary: "A customer's claims in the order they were filed",
      params: z.object({ customerId: z.string() }),
      querystring: z.object({
        status: z.enum(['accepted', 'rejected']).optional(),
        period: month.optional().describe('the month claimed'),
        from: instant.optional().describe('filed at or after'),
        to: instant.optional().describe('filed before'),
        ...pageQuery,
      }),
      response: { 200: pageSchema(claim) },
    },
    handler: async (req) => listClaimsPage(deps.context(req), req.params.customerId, req.query),
  });
  api.get('/customers/:customerId/claims/:claimId', {
    schema: {
      operationId: 'getClaim',
      tags: ['credits'],
      summary: 'A claim with its decision',
      params: z.object({ customerId: z.string(), claimId: z.string() }),
      response: { 200: claim },
    },
    handler: async (req) => getClaim(deps.context(req), req.params.customerId, req.params.claimId),
  });
  api.get('/customers/:customerId/credits', {
    schema: {
      operationId: 'getCreditsOwed',
      tags: ['credits'],
      summary: 'The credit owed for a month per contract, and whether a claim is needed',
      params: z.object({ customerId: z.string() }),
      querystring: z.object({
        period: month.describe("YYYY-MM in the contract's zone"),
        contractId: z.string().optional(),
      }),
      response: { 200: creditsOwedSchema },
    },
    handler: async (req) => creditsOwed(deps.context(req), req.params.customerId, req.query),
  });
  api.post('/customers/:customerId/credits/:period/close', {
    schema: {
      operationId: 'closeCredits',
      tags: ['credits'],
      summary: "Close a month's credits: record each contract's decision as of now (audited when new or changed)",
      params: z.object({ customerId: z.string(), period: month.describe("YYYY-MM in the contract's zone") }),
      response: { 200: creditsOwedSchema },
    },
    handler: async (req) => closeCreditPeriod(deps.context(req), req.params.customerId, req.params.period),
  });
}
