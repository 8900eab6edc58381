import type { paths } from '@surety/client';
import { api, ok } from './client';
import type { TicketView } from './views';

export type TicketEvent = paths['/tickets/{id}/events']['post']['requestBody']['content']['application/json'];

export async function fetchTicket(id: string): Promise<TicketView> {
  const ticket = ok(await api.GET('/tickets/{id}', { params: { path: { id } } }));
  // The server answers null clocks only for a request none of whose events was accepted: nothing to show.
  if (!ticket.clocks) throw new Error(`request ${id} has no clocks: its opening was not accepted`);
  return { ...ticket, clocks: ticket.clocks };
}

export async function recordEvent(id: string, event: TicketEvent) {
  return ok(await api.POST('/tickets/{id}/events', { params: { path: { id } }, body: event }));
}

/** Gives request fields after opening (PATCH /tickets/{id}/fields): what the contract asks for, or a correction. */
export async function supplyFields(id: string, fields: Record<string, string>) {
  return ok(await api.PATCH('/tickets/{id}/fields', { params: { path: { id } }, body: { fields } }));
}
