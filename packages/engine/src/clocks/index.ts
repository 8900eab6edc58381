export * from './ticket-event.js';
export type { Clock, ClockStatus, Explanation } from './clock-state.js';
export { openTicket, applyEvent, advanceTicket, type TicketState } from './ticket-state.js';
export { viewClock, type ClockView } from './clock-view.js';
export { evaluateTicket, viewTicket, nextDueAt, type TicketEvaluation } from './evaluate-ticket.js';
export * from './internal-goals.js';
