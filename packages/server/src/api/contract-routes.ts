import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assignContract } from '../services/assign-contract.js';
import { publishContract } from '../services/publish-contract.js';
import type { RouteDeps } from './app.js';

export function registerContractRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/contracts', {
    schema: {
      tags: ['contracts'],
      summary: 'Publish a contract file as its next version',
      body: z.object({ source: z.string().min(1).describe('the contract YAML') }),
      response: {
        201: z.object({ id: z.string(), version: z.number().int(), awaitingOrderForm: z.array(z.string()) }),
      },
    },
    handler: async (req, reply) => reply.status(201).send(await publishContract(deps.context(req), req.body.source)),
  });
  api.put('/customers/:customerId/contracts/:contractId', {
    schema: {
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
