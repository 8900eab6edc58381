import { findProjection, findTicket, listTickets, ticketEvents } from '../storage/repositories/ticket-repository.js';
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

export async function listTicketIds(
  ctx: ServiceContext,
  filter: { customerId?: string; after?: string; limit: number },
): Promise<{ items: { id: string; customerId: string; openedAt: string }[]; next: string | null }> {
  // A customer contact lists its own customer's requests, whatever filter it asks for.
  const customerId = ctx.principal.role === 'customer' ? ctx.principal.customerId : filter.customerId;
  const rows = await listTickets(ctx.db, { ...filter, customerId, limit: filter.limit + 1 });
  const items = rows
    .slice(0, filter.limit)
    .map((t) => ({ id: t.id, customerId: t.customer_id, openedAt: new Date(t.opened_at).toISOString() }));
  return { items, next: rows.length > filter.limit ? items[items.length - 1]!.id : null };
}
