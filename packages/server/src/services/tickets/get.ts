import { evaluateTicket, internalGoals } from '@surety/engine';
import {
  findTicket,
  listTicketSummaries,
  ticketEvents,
  type TicketStanding,
} from '../../storage/repositories/ticket-repository.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { listRange } from '../core/list-range.js';
import { wireInstant } from '../core/instants.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { missingFields } from './request-fields.js';
import { ticketJson } from './ticket-json.js';
import { inputEvents } from './projection.js';

/**
 * A ticket with its clocks and their explanation as of the request, and its full event history (with times of
 * receipt). The clocks are derived afresh from the events rather than read from the projection, which is as of the
 * ticket's last change: elapsed and remaining time run on between changes, and a deadline passed since is a breach.
 */
export async function getTicket(
  ctx: ServiceContext,
  id: string,
): Promise<{ asOf: string; ticket: object; clocks: unknown; internalClocks: unknown; events: object[] }> {
  const ticket = await findTicket(ctx.db, id);
  if (!ticket) throw new ServiceError('not_found', `no ticket ${id}`);
  requireVisible(ctx, ticket.customer_id, `ticket ${id}`);
  const events = await ticketEvents(ctx.db, id);
  const { contract } = await contractFor(ctx.db, ticket.customer_id, ticket.contract_id, ticket.contract_version);
  const inputs = inputEvents(events);
  const fields = JSON.parse(ticket.fields) as Record<string, string>;
  const now = ctx.now();
  const goals = ctx.principal.role === 'customer' ? undefined : internalGoals(contract);
  return {
    asOf: wireInstant(now),
    ticket: {
      id: ticket.id,
      customerId: ticket.customer_id,
      contractId: ticket.contract_id,
      contractVersion: ticket.contract_version,
      openedAt: wireInstant(ticket.opened_at),
      fields,
      missingFields: missingFields(contract.doc, fields),
    },
    clocks: inputs.length ? ticketJson(ticket.id, evaluateTicket(contract, inputs, now)) : null,
    // The provider's internal goals (internal_targets), measured from the same events and never the contract's; the
    // provider's own business, so a customer contact is not shown them.
    internalClocks: inputs.length && goals ? ticketJson(ticket.id, evaluateTicket(goals, inputs, now)) : null,
    events: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      ...payloadJson(JSON.parse(e.payload) as Record<string, unknown>),
      at: wireInstant(e.at),
      receivedAt: wireInstant(e.received_at),
    })),
  };
}

/** An event's payload as stored, its instants (`at`, `dueAt`, `recordedAt`: epoch ms) in the wire form. */
function payloadJson(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [
      key,
      typeof value === 'number' && /(^at|At)$/.test(key) ? wireInstant(value) : value,
    ]),
  );
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

export interface TicketListItem {
  id: string;
  customerId: string;
  contractId: string;
  openedAt: string;
  severity: string | null;
  status: TicketStanding | null;
}

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
