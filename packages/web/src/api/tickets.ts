import type { paths } from '@surety/client';
import { api, ok } from './client';
import type { TicketView } from './views';

export type TicketEvent = paths['/tickets/{id}/events']['post']['requestBody']['content']['application/json'];

export async function fetchTicket(id: string): Promise<TicketView> {
  const result = await api.GET('/tickets/{id}', { params: { path: { id } } });
  return ok(result) as unknown as TicketView;
}

export async function recordEvent(id: string, event: TicketEvent) {
  return ok(await api.POST('/tickets/{id}/events', { params: { path: { id } }, body: event }));
}
