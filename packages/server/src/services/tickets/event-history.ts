import type { TicketEventRow } from '../../storage/repositories/ticket-repository.js';

/**
 * The events of the tickets written to lately, as committed, per store: every write to a ticket re-derives its
 * clocks from all its events, and reading them again was the largest single statement of the write path (a
 * tenth of the server's time under bench/server.mjs ingestion). An entry is used only when it ends at the
 * ticket's last sequence number as read under the ticket's lock: events are append-only and a committed number
 * is never reused, so that proves it whole, whichever process wrote since. Entries are added only after their
 * write committed, so a rolled-back write leaves nothing behind. On PostgreSQL that number is read after the
 * ticket's lock is granted (`findTicketsForWrite`, storage/migrations/0140-ticket-write-lock.ts), so it is the last
 * writer's, whichever process it was.
 */
export interface EventHistory {
  /** The ticket's events, if the entry ends at `lastSeq`. */
  get(ticketId: string, lastSeq: number | null): readonly TicketEventRow[] | undefined;
  /** Keeps a ticket's events as a committed write left them. */
  remember(ticketId: string, events: readonly TicketEventRow[]): void;
}

/**
 * Events kept in all, and the longest history kept: a budget in events rather than tickets bounds the memory
 * (some hundred bytes an event, twice that once its payload is parsed) whatever the tickets' lengths; the least
 * recently written tickets go first.
 */
const MAX_EVENTS = 100_000;
const MAX_EVENTS_PER_TICKET = 1_000;

/** A store's history (its `caches`, services/core/store-caches.ts): each store has its own. */
export function eventHistory(maxEvents = MAX_EVENTS, maxPerTicket = MAX_EVENTS_PER_TICKET): EventHistory {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, readonly TicketEventRow[]>();
  let kept = 0;
  const forget = (ticketId: string) => {
    kept -= entries.get(ticketId)?.length ?? 0;
    entries.delete(ticketId);
  };
  return {
    get: (ticketId, lastSeq) => {
      const events = entries.get(ticketId);
      if (!events || lastSeq === null || events.at(-1)?.seq !== lastSeq) return undefined;
      entries.delete(ticketId);
      entries.set(ticketId, events);
      return events;
    },
    remember: (ticketId, events) => {
      forget(ticketId);
      if (events.length > maxPerTicket) return;
      entries.set(ticketId, events);
      kept += events.length;
      while (kept > maxEvents) forget(entries.keys().next().value!);
    },
  };
}
