import type { paths } from '@surety/client';

/** The JSON answer of a GET route, as the generated client types it from the server's OpenAPI document. */
type Answer<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

/** GET /tickets/{id}: the request, its clocks as of `asOf`, and its events. */
export type TicketAnswer = Answer<'/tickets/{id}'>;
/** A request the pages show: one whose opening was accepted, so it has clocks (fetchTicket checks). */
export type TicketView = TicketAnswer & { clocks: NonNullable<TicketAnswer['clocks']> };
export type ClockView = TicketView['clocks']['clocks'][number];
export type ExplanationView = TicketView['clocks']['explanations'][number];

/** GET /customers/{customerId}: the customer with its contacts and contracts. */
export type CustomerView = Answer<'/customers/{customerId}'>;

/** GET /customers/{customerId}/availability: a period's availability report. */
export type AvailabilityView = Answer<'/customers/{customerId}/availability'>;
export type OutageView = NonNullable<AvailabilityView['time']>['outages'][number];
