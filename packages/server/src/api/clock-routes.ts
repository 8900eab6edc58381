import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listClockQueue } from '../services/clocks/list-queue.js';
import { instant, instantText } from '../services/core/instant-codec.js';
import { pageQuery, pageSchema } from './list-query.js';
import { ServiceError } from '../services/core/service-context.js';
import type { RouteDeps } from './app.js';

const queueOrder = z.enum(['deadline', 'receipt']);

const queueItem = z.object({
  id: z.string(),
  customerId: z.string(),
  contractId: z.string(),
  openedAt: instantText.describe('when the request was made: the order of a first-in-first-out queue'),
  contractOrder: queueOrder.describe("the order in which the request's contract says its requests are worked"),
  severity: z.string().nullable(),
  status: z.string().nullable().describe("the request's status as last recorded (open, waiting_on_customer, …)"),
  overdueSince: instantText.nullable().describe('when its earliest deadline still unmet passed; null when not overdue'),
  nextAt: instantText
    .nullable()
    .describe(
      'when the next warning or deadline falls due (in the past while its timer is late); null when nothing more does',
    ),
  next: z
    .object({
      clock: z.string(),
      cycle: z.number().int(),
      kind: z.enum(['warning', 'deadline']),
    })
    .nullable()
    .describe('what falls due at nextAt'),
  assigneeId: z
    .string()
    .nullable()
    .describe("the provider's user the request is assigned to; null when no one (always null for a customer contact)"),
  clocks: z
    .array(
      z.object({
        clock: z.string(),
        cycle: z.number().int(),
        status: z.enum(['running', 'paused', 'breached']),
        dueAt: instantText
          .nullable()
          .describe('the deadline (when it passed, for a breached clock); null while paused'),
        remainingMs: z.number().describe('business time left as of the response; negative once past the deadline'),
        hours: z
          .object({
            open: z.boolean().describe("whether the clock's business hours are open at the response instant"),
            changesAt: instantText.nullable().describe('when they next close (or open); null when never (24x7)'),
          })
          .describe('a countdown runs only while the business hours are open'),
      }),
    )
    .describe('the clocks still measured: running, paused, or breached and not yet met'),
});

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
