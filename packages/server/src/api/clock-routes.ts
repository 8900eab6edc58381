import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listClockQueue } from '../services/clocks/list-queue.js';
import { queueItem, queueOrder } from '../services/clocks/queue-item-schema.js';
import { instant } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema } from './list-query.js';
import { ServiceError } from '../services/core/service-context.js';
import type { RouteDeps } from './app.js';

export function registerClockRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/clocks', {
    schema: {
      operationId: 'listClockQueue',
      tags: ['tickets'],
      summary:
        "The live clock queue: by deadline, overdue requests (the longest overdue first), then open requests by their next warning or deadline, soonest first; by receipt, the same requests, the earliest made first (first in, first out, as a contract's queue.order may say)",
      querystring: z.object({
        customerId: z.string().optional(),
        contractId: z.string().optional().describe("only this contract's requests"),
        order: queueOrder
          .optional()
          .describe(
            'deadline or receipt; default: the order the contract declares (queue.order) when contractId is given, else deadline',
          ),
        severity: z.string().optional().describe('the current severity'),
        assigneeId: z.string().max(64).optional().describe('staff: only the requests assigned to this user'),
        unassigned: z
          .enum(['true'])
          .optional()
          .describe('staff: true for only the requests assigned to no one (not with assigneeId)'),
        before: instant
          .optional()
          .describe(
            'ISO-8601 instant: only requests whose next warning or deadline falls before it (overdue ones did)',
          ),
        overdue: z
          .enum(['true', 'false'])
          .optional()
          .describe('true: only the overdue requests; false: only the others; both when absent'),
        ...pageQuery,
      }),
      response: { 200: pageSchema(queueItem) },
    },
    handler: async (req) => {
      const { unassigned, ...query } = req.query;
      if (unassigned && query.assigneeId !== undefined)
        throw new ServiceError(
          'invalid',
          'ask for one assignee or for the unassigned requests, not both',
          'unassigned',
        );
      return listClockQueue(deps.context(req), {
        ...query,
        assigneeId: unassigned ? null : query.assigneeId,
        overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
      });
    },
  });
}
