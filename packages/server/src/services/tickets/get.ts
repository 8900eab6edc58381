import { z } from 'zod';
import { evaluateTicket, internalGoals, nextDueAt } from '@surety/engine';
import {
  findTicket,
  listTicketSummaries,
  ticketEvents,
  type TicketEventRow,
  type TicketStanding,
} from '../../storage/repositories/ticket-repository.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { listRange } from '../core/list-range.js';
import { wireInstant } from '../core/instants.js';
import { instantText } from '../core/instant-codec.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { missingFields, missingFieldSchema } from './request-fields.js';
import { ticketClocksSchema, ticketJson } from './ticket-json.js';
import { inputEvents } from './projection.js';

/** One event of a ticket as recorded: what was asked (opened, replied, …) or what the clocks recorded (clock_warning, clock_breached). */
export const ticketEventSchema = z.object({
  seq: z.number().int(),
  type: z
    .string()
    .describe(
      'opened, replied, status_changed, severity_changed, resolved, reopened, closed, clock_warning, clock_breached',
    ),
  at: instantText.describe('when it happened (as stated, for a request)'),
  receivedAt: instantText.describe('when Surety recorded it'),
  severity: z.string().optional(),
  plan: z.string().optional(),
  customer: z.string().optional(),
  status: z.string().optional(),
  author: z.enum(['agent', 'customer', 'system']).optional(),
  public: z.boolean().optional(),
  clock: z.string().optional().describe('clock_warning, clock_breached: the clock and its cycle'),
  change: z.enum(['warning', 'breached']).optional(),
  dueAt: instantText.optional().describe('clock_warning, clock_breached: when it fell due'),
  rule: z.string().optional(),
});

/** GET /tickets/{id}: the request, its clocks as of `asOf` (null before its opening is known), and its events. */
export const ticketDetailSchema = z.object({
  asOf: instantText,
  nextDueAt: instantText
    .nullable()
    .describe("when the ticket's next clock warning or deadline falls due; null when no clock runs"),
  ticket: z.object({
    id: z.string(),
    customerId: z.string(),
    contractId: z.string(),
    contractVersion: z.number().int(),
    openedAt: instantText,
    fields: z.record(z.string(), z.string()),
    missingFields: z.array(missingFieldSchema).describe('fields the contract asks for that are not given yet'),
  }),
  clocks: ticketClocksSchema.nullable(),
  internalClocks: ticketClocksSchema
    .nullable()
    .describe("the provider's internal goals (internal_targets), never the contract's; null for a customer contact"),
  events: z.array(ticketEventSchema),
});
export type TicketDetailJson = z.infer<typeof ticketDetailSchema>;
export type TicketEventJson = z.infer<typeof ticketEventSchema>;

/**
 * A ticket with its clocks and their explanation as of the request, and its full event history (with times of
 * receipt). The clocks are derived afresh from the events rather than read from the projection, which is as of the
 * ticket's last change: elapsed and remaining time run on between changes, and a deadline passed since is a breach.
 */
export async function getTicket(ctx: ServiceContext, id: string): Promise<TicketDetailJson> {
  const ticket = await findTicket(ctx.db, id);
  if (!ticket) throw new ServiceError('not_found', `no ticket ${id}`);
  requireVisible(ctx, ticket.customer_id, `ticket ${id}`);
  const events = await ticketEvents(ctx.db, id);
  const { contract } = await contractFor(
    ctx.db,
    ctx.caches.compiledContracts,
    ticket.customer_id,
    ticket.contract_id,
    ticket.contract_version,
  );
  const inputs = inputEvents(events);
  const fields = JSON.parse(ticket.fields) as Record<string, string>;
  const now = ctx.now();
  const goals = ctx.principal.role === 'customer' ? undefined : internalGoals(contract);
  const evaluation = inputs.length ? evaluateTicket(contract, inputs, now) : undefined;
  const next = evaluation ? nextDueAt(evaluation.state, now) : null;
  return {
    asOf: wireInstant(now),
    nextDueAt: next === null ? null : wireInstant(next),
    ticket: {
      id: ticket.id,
      customerId: ticket.customer_id,
      contractId: ticket.contract_id,
      contractVersion: ticket.contract_version,
      openedAt: wireInstant(ticket.opened_at),
      fields,
      missingFields: missingFields(contract.doc, fields),
    },
    clocks: evaluation ? ticketJson(ticket.id, evaluation) : null,
    // The provider's internal goals (internal_targets), measured from the same events and never the contract's; the
    // provider's own business, so a customer contact is not shown them.
    internalClocks: inputs.length && goals ? ticketJson(ticket.id, evaluateTicket(goals, inputs, now)) : null,
    events: events.map(ticketEventJson),
  };
}

/** One event of a ticket, as the ticket's events list shows it. */
export async function getTicketEvent(ctx: ServiceContext, id: string, seq: number): Promise<TicketEventJson> {
  const ticket = await findTicket(ctx.db, id);
  if (!ticket) throw new ServiceError('not_found', `no ticket ${id}`);
  requireVisible(ctx, ticket.customer_id, `ticket ${id}`);
  const event = (await ticketEvents(ctx.db, id)).find((e) => e.seq === seq);
  if (!event) throw new ServiceError('not_found', `ticket ${id} has no event ${seq}`);
  return ticketEventJson(event);
}

/** An event as stored, in the wire form. */
export function ticketEventJson(e: TicketEventRow): TicketEventJson {
  return {
    ...payloadJson(JSON.parse(e.payload) as StoredPayload),
    seq: e.seq,
    type: e.type,
    at: wireInstant(e.at),
    receivedAt: wireInstant(e.received_at),
  };
}

/** An event's payload as stored: an engine TicketEvent, or a RecordedClockEvent (instants in epoch ms). */
type StoredPayload = Partial<Omit<TicketEventJson, 'dueAt'>> & { dueAt?: number };

/** The payload's fields in the wire form: only the known ones, `dueAt` as an ISO instant. */
function payloadJson(p: StoredPayload): Omit<TicketEventJson, 'seq' | 'type' | 'at' | 'receivedAt'> {
  const { severity, plan, customer, status, author, public: isPublic, clock, change, dueAt, rule } = p;
  const known = { severity, plan, customer, status, author, public: isPublic, clock, change, rule };
  return {
    ...Object.fromEntries(Object.entries(known).filter(([, v]) => v !== undefined)),
    ...(dueAt === undefined ? {} : { dueAt: wireInstant(dueAt) }),
  };
}

export interface TicketListQuery {
  customerId?: string;
  /** open, paused (no clock running, one paused), resolved or closed. */
  status?: TicketStanding;
  severity?: string;
  /** Opened in [from, to), or in the UTC month `period`. */
  from?: number;
  to?: number;
  period?: string;
  cursor?: string;
  limit: number;
}

/** A request in the list: its standing (open, paused, resolved, closed) as its projection keeps it. */
export const ticketListItemSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  contractId: z.string(),
  openedAt: instantText,
  severity: z.string().nullable(),
  status: z
    .enum(['open', 'paused', 'resolved', 'closed'] satisfies TicketStanding[])
    .nullable()
    .describe('paused: open, with no clock running and one paused by its status'),
});
export type TicketListItem = z.infer<typeof ticketListItemSchema>;

export async function listTicketIds(ctx: ServiceContext, query: TicketListQuery): Promise<Page<TicketListItem>> {
  // A customer contact lists its own customer's requests, whatever filter it asks for.
  const customerId = ctx.principal.role === 'customer' ? ctx.principal.customerId : query.customerId;
  const range = listRange(query);
  const after = decodeCursor<[string]>(query.cursor, ['string']);
  const rows = await listTicketSummaries(ctx.db, {
    customerId,
    standing: query.status,
    severity: query.severity,
    openedFrom: range.from,
    openedTo: range.to,
    after: after?.[0],
    limit: query.limit + 1,
  });
  return pageOf(
    rows,
    query.limit,
    (t) => ({
      id: t.id,
      customerId: t.customer_id,
      contractId: t.contract_id,
      openedAt: wireInstant(t.opened_at),
      severity: t.severity,
      status: t.standing,
    }),
    (t) => [t.id],
  );
}
