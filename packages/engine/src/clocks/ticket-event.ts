import type { ReplyAuthor } from '../contract/compiled-contract.js';

/** What happens to a support request, in the engine's terms: instants are UTC epoch ms. */
export type TicketEvent =
  | { type: 'opened'; at: number; severity: string; plan?: string; customer?: string; status?: string }
  | { type: 'replied'; at: number; author: ReplyAuthor; public: boolean }
  | { type: 'status_changed'; at: number; status: string }
  | { type: 'severity_changed'; at: number; severity: string }
  | { type: 'resolved'; at: number }
  | { type: 'reopened'; at: number }
  | { type: 'closed'; at: number };

export type TicketEventType = TicketEvent['type'];

/** Thrown when an event cannot apply to a ticket as it stands (out of order, unknown severity, ...). */
export class TicketEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TicketEventError';
  }
}
