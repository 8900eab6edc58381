import { z } from 'zod';
import { instantText } from '../core/instant-codec.js';

/** The orders a queue is worked in: by deadline, or by receipt (first in, first out). */
export const queueOrder = z.enum(['deadline', 'receipt']);

/** One request in the live clock queue, as GET /clocks answers it (the wire shape and its types, one source). */
export const queueItem = z.object({
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

export type ClockQueueItem = z.infer<typeof queueItem>;
export type QueueClock = ClockQueueItem['clocks'][number];
