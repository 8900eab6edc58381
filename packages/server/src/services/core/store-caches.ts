import { compiledContractsCache, type CompiledContracts } from '../contracts/compiled-contracts.js';
import { eventHistory, type EventHistory } from '../tickets/event-history.js';
import { ticketEventBatcher, type TicketEventBatcher } from '../tickets/record-event.js';
import { tokenCache, type TokenCache } from '../tokens/token-cache.js';

/**
 * What one store keeps in memory between requests, each defined by its own concern: created with the store
 * (store.ts) and handed to every service on its context, so that two stores over the same database never share
 * state, and nothing is kept past the store.
 */
export interface StoreCaches {
  /** Contract versions compiled with an order form (services/contracts/compiled-contracts.ts). */
  compiledContracts: CompiledContracts;
  /** The events of the tickets written to lately (services/tickets/event-history.ts). */
  eventHistory: EventHistory;
  /** Ticket events waiting to be written together (services/tickets/record-event.ts). */
  ticketEvents: TicketEventBatcher;
  /** API tokens as read lately (services/tokens/token-cache.ts). */
  tokens: TokenCache;
}

export function storeCaches(): StoreCaches {
  return {
    compiledContracts: compiledContractsCache(),
    eventHistory: eventHistory(),
    ticketEvents: ticketEventBatcher(),
    tokens: tokenCache(),
  };
}
