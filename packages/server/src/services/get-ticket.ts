import {
  findProjection,
  findTicket,
  listTicketSummaries,
  ticketEvents,
  type TicketStanding,
} from '../storage/repositories/ticket-repository.js';
import { listRange } from './list-range.js';
import { decodeCursor, pageOf, type Page } from './page-cursor.js';
import { requireVisible } from './permissions.js';
import { ServiceError, type ServiceContext } from './service-context.js';

/** A ticket with its clocks as last derived and its full event history (with times of receipt). */
export async function getTicket(
  ctx: ServiceContext,
  id: string,
): Promise<{ ticket: object; clocks: unknown; events: object[] }> {
  const ticket = await findTicket(ctx.db, id);
  if (!ticket) throw new ServiceError('not_found', `no ticket ${id}`);
  requireVisible(ctx, ticket.customer_id, `ticket ${id}`);
  const projection = await findProjection(ctx.db, id);
  const events = await ticketEvents(ctx.db, id);
  return {
    ticket: {
      id: ticket.id,
      customerId: ticket.customer_id,
      contractId: ticket.contract_id,
      contractVersion: ticket.contract_version,
      openedAt: new Date(ticket.opened_at).toISOString(),
      fields: JSON.parse(ticket.fields) as object,
    },
    clocks: projection ? (JSON.parse(projection.state) as unknown) : null,
    events: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      at: new Date(e.at).toISOString(),
      receivedAt: new Date(e.received_at).toISOString(),
      ...(JSON.parse(e.payload) as object),
    })),
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
      openedAt: new Date(t.opened_at).toISOString(),
      severity: t.severity,
      status: t.standing,
    }),
    (t) => [t.id],
  );
}
