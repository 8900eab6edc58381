import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assignContract } from '../services/contracts/assign.js';
import { getContract, getContractVersion, listContractsPage } from '../services/contracts/get.js';
import { publishContract } from '../services/contracts/publish.js';
import type { RouteDeps } from './app.js';
import {
  contractSchema,
  contractSummarySchema,
  contractVersionSchema,
  type ContractVersionJson,
} from '../services/contracts/contract-json.js';
import { createdAt } from './created.js';
import { pageQuery, pageSchema } from './list-query.js';

export function registerContractRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/contracts', {
    config: {
      created: createdAt('/contracts/:id/versions/:version', (v: ContractVersionJson) => ({
        id: v.id,
        version: v.version,
      })),
    },
    schema: {
      operationId: 'publishContract',
      tags: ['contracts'],
      summary: 'Publish a contract file as its next version',
      body: z.object({ source: z.string().min(1).describe('the contract YAML') }),
      response: { 201: contractVersionSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await publishContract(deps.context(req), req.body.source)),
  });
  api.get('/contracts', {
    schema: {
      operationId: 'listContracts',
      tags: ['contracts'],
      summary: "Contracts by id with their latest version (a customer contact's list holds its own contracts)",
      querystring: z.object(pageQuery),
      response: { 200: pageSchema(contractSummarySchema) },
    },
    handler: async (req) => listContractsPage(deps.context(req), req.query),
  });
  api.get('/contracts/:id', {
    schema: {
      operationId: 'getContract',
      tags: ['contracts'],
      summary: 'A contract: its latest version with its text and order-form parameters, its versions and customers',
      params: z.object({ id: z.string() }),
      response: { 200: contractSchema },
    },
    handler: async (req) => getContract(deps.context(req), req.params.id),
  });
  api.get('/contracts/:id/versions/:version', {
    schema: {
      operationId: 'getContractVersion',
      tags: ['contracts'],
      summary: 'One version of a contract, as published',
      params: z.object({ id: z.string(), version: z.coerce.number().int().positive() }),
      response: { 200: contractVersionSchema },
    },
    handler: async (req) => getContractVersion(deps.context(req), req.params.id, req.params.version),
  });
  api.put('/customers/:customerId/contracts/:contractId', {
    schema: {
      operationId: 'assignContract',
      tags: ['contracts'],
      summary: "Assign a customer a contract with the customer's order form",
      params: z.object({ customerId: z.string(), contractId: z.string() }),
      body: z.object({
        version: z.number().int().positive().optional(),
        orderForm: z.string().optional().describe('order-form YAML'),
      }),
      response: {
        200: z.object({
          version: z.number().int(),
          recomputed: z.number().int().describe('open requests moved to these terms'),
          moved: z.array(
            z.object({ ticket: z.string(), clock: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
          ),
        }),
      },
    },
    handler: async (req) => {
      const result = await assignContract(deps.context(req), {
        customerId: req.params.customerId,
        contractId: req.params.contractId,
        ...req.body,
      });
      // Deadlines may have moved earlier and breaches may have been recorded: look again at once.
      deps.changed({ timerAt: 0, delivering: true });
      return result;
    },
  });
}
