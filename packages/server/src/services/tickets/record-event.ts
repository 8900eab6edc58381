import { TicketEventError, type CompiledContract, type TicketEvent } from '@surety/engine';
import {
  findTicketsForWrite,
  ticketsForWriteStatement,
  ticketsLockedForWrite,
  type LockedRow,
  type TicketEventRow,
  type TicketForWrite,
  type TicketsForWrite,
} from '../../storage/repositories/ticket-repository.js';
import { isPostgres, type Executor } from '../../storage/repositories/executor.js';
import { batchTransaction } from '../../storage/pg-batch-transaction.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { AUDIT_CHAINS, auditChainOf, holdAuditChain } from '../audit/log.js';
import { ticketEventJson, type TicketEventJson } from './get.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { ERROR_CATALOG, type ErrorCode } from '../core/error-catalog.js';
import { reprojectTickets } from './projection.js';
import { writeTransaction } from '../core/write-transaction.js';
import { CUSTOMER_CLOCK_SKEW_MS, statedTime } from './stated-time.js';

export type TicketEventInput =
  Exclude<TicketEvent, { type: 'opened' }> extends infer E
    ? E extends { at: number }
      ? Omit<E, 'at'> & { at?: number }
      : never
    : never;

/**
 * The event as GET /tickets/{id}/events/{seq} shows it, with what it did to the ticket's clocks (not on the wire:
 * the ticket's own GET shows its nextDueAt).
 */
export type RecordedEvent = TicketEventJson & {
  /** The next instant a clock of the ticket falls due, for timers. */
  nextDueAt: number | null;
  /** How many warnings and breaches the ticket's clocks recorded with it. */
  recorded: number;
};

export interface EventRequest {
  ctx: ServiceContext;
  ticketId: string;
  input: TicketEventInput;
}

/** A ticket of a batch, with the events admitted for it and where each request stands in the batch. */
interface TicketInBatch {
  ticket: TicketForWrite;
  events: { index: number; event: TicketEvent }[];
}

/**
 * Appends an event to a ticket (its time of receipt recorded) and re-derives its clocks; an event the engine
 * refuses (out of order, unknown severity, ...) is refused whole and nothing of it is written.
 *
 * Events that arrive together are written together: one transaction reads, appends and re-projects all their
 * tickets a statement per table, as the timers and a recompute do, instead of ten statements per event. Each is
 * still checked, refused or numbered on its own, in the order it arrived. A write made with an Idempotency-Key
 * has a transaction of its own, which records the key with its result.
 */
export async function recordTicketEvent(
  ctx: ServiceContext,
  ticketId: string,
  input: TicketEventInput,
): Promise<RecordedEvent> {
  const requests = [{ ctx, ticketId, input }];
  // With a key, a refused event rolls its transaction back: the key is not kept, and a corrected retry may use it.
  if (ctx.idempotency) return writeAlone(ctx, requests, outcomeOf);
  return outcomeOf(await ctx.caches.ticketEvents.add(requests));
}

function outcomeOf([outcome]: (RecordedEvent | Error)[]): RecordedEvent {
  if (outcome instanceof Error) throw outcome;
  return outcome!;
}

/**
 * A write made with an Idempotency-Key, in a transaction of its own (which records the key with `answer`'s result),
 * instead of in the store's next batch.
 */
async function writeAlone<T>(
  ctx: ServiceContext,
  requests: readonly EventRequest[],
  answer: (outcomes: (RecordedEvent | Error)[]) => T,
): Promise<T> {
  const written: Written = [];
  const result = await writeTransaction(ctx, async (trx) => answer(await writeEvents(trx, ctx, requests, written)));
  remember(ctx, written);
  return result;
}

/** Most events one call may carry: a batch's worth, so that a call's events are written together. */
export const MAX_EVENTS_PER_CALL = 500;

/** Why an event of a call was refused: its code from the error catalog, and the field at fault in the call. */
export interface EventRefusal {
  code: ErrorCode;
  status: number;
  title: string;
  detail: string;
  /** JSON pointer into the call's body: `/events/3/severity`; the event itself when no one field is at fault. */
  field: string;
}

/** What a call that records many events answers: each event's outcome, in the order given. */
export interface RecordedEvents {
  recorded: number;
  refused: number;
  results: ({ ticketId: string; event: RecordedEvent } | { ticketId: string; refusal: EventRefusal })[];
}

/**
 * Appends events to tickets, each as `recordTicketEvent` appends one: each is checked, refused or numbered on its
 * own, and those of one ticket in the order given. The events of one call travel in one batch, never split between
 * two, so a ticket's events are numbered in the order given whatever else arrives meanwhile. With an
 * Idempotency-Key the call has a transaction of its own, and a retry is answered with these same outcomes.
 */
export async function recordTicketEvents(
  ctx: ServiceContext,
  events: readonly { ticketId: string; input: TicketEventInput }[],
): Promise<RecordedEvents> {
  if (events.length > MAX_EVENTS_PER_CALL)
    throw new ServiceError('invalid', `at most ${MAX_EVENTS_PER_CALL} events in one call`, 'events');
  const requests = events.map(({ ticketId, input }) => ({ ctx, ticketId, input }));
  const answer = (outcomes: (RecordedEvent | Error)[]) => recordedEvents(requests, outcomes);
  // With a key, the answer is made in the transaction: it is what the key keeps for a retry.
  if (ctx.idempotency) return writeAlone(ctx, requests, answer);
  return answer(await ctx.caches.ticketEvents.add(requests));
}

function recordedEvents(requests: readonly EventRequest[], outcomes: (RecordedEvent | Error)[]): RecordedEvents {
  const results = outcomes.map((outcome, i) => {
    const ticketId = requests[i]!.ticketId;
    if (!(outcome instanceof Error)) return { ticketId, event: outcome };
    // Anything else is a fault of the server's, not of the event: the call fails as a whole.
    if (!(outcome instanceof ServiceError)) throw outcome;
    const { status, title } = ERROR_CATALOG[outcome.code];
    const field = `/events/${i}${outcome.field ?? ''}`;
    return { ticketId, refusal: { code: outcome.code, status, title, detail: outcome.message, field } };
  });
  const recorded = results.filter((r) => 'event' in r).length;
  return { recorded, refused: results.length - recorded, results };
}

/** The tickets a transaction wrote, with all their events: kept in the event history once it has committed. */
type Written = { ticketId: string; events: readonly TicketEventRow[] }[];

function remember(ctx: ServiceContext, written: Written): void {
  const history = ctx.caches.eventHistory;
  for (const w of written) history.remember(w.ticketId, w.events);
}

/**
 * Writes the events in one transaction; each request's outcome, in order: what was recorded, or why not. The
 * tickets written whose history a later write can check, with their events, are added to `written`.
 */
async function writeEvents(
  trx: Executor,
  ctx: ServiceContext,
  requests: readonly EventRequest[],
  written: Written,
  locked?: TicketsForWrite,
): Promise<(RecordedEvent | Error)[]> {
  // The tickets' locks, and on PostgreSQL an audit chain's, in one round trip (unless the caller took them): the
  // batch's entries go to the first chain free from its first ticket's, so it never waits for another writer's
  // commit to extend the log.
  const { tickets: found, auditChain } =
    locked ??
    (await findTicketsForWrite(
      trx,
      requests.map((r) => r.ticketId),
      auditChainFor(requests),
    ));
  if (auditChain) holdAuditChain(trx, auditChain.chain, auditChain.head);
  const history = ctx.caches.eventHistory;
  // Read once the tickets are ours: events that arrive together get receipt times in the order they are numbered.
  const now = ctx.now();
  const outcomes: (RecordedEvent | Error)[] = [];
  const byTicket = new Map<string, TicketInBatch>();
  requests.forEach((r, index) => {
    try {
      const event = admit(r, found.get(r.ticketId), now);
      const entry = byTicket.get(r.ticketId) ?? { ticket: found.get(r.ticketId)!, events: [] };
      entry.events.push({ index, event });
      byTicket.set(r.ticketId, entry);
    } catch (e) {
      outcomes[index] = e as Error;
    }
  });
  const tickets: (TicketInBatch & { contract: CompiledContract })[] = [];
  // The tickets of a batch mostly share a customer and its contract: looked up once each.
  const terms = new Map<string, Promise<{ contract: CompiledContract }>>();
  for (const { ticket, events } of byTicket.values()) {
    const key = `${ticket.customer_id}\u0000${ticket.contract_id}\u0000${ticket.contract_version}`;
    if (!terms.has(key))
      terms.set(
        key,
        contractFor(
          trx,
          ctx.caches.compiledContracts,
          ticket.customer_id,
          ticket.contract_id,
          ticket.contract_version,
          ticket.assignment,
        ),
      );
    try {
      tickets.push({ ticket, contract: (await terms.get(key)!).contract, events });
    } catch (e) {
      for (const { index } of events) outcomes[index] = e as Error;
    }
  }
  const actorOf = (index: number) => requests[index]!.ctx.principal.actor;
  const results = await reprojectTickets(
    trx,
    ctx,
    tickets.map(({ ticket: { timer_at: timerAt, last_seq: lastSeq, assignment: _, ...ticket }, contract, events }) => ({
      ticket,
      contract,
      append: events.map((e) => e.event),
      timerAt,
      actor: actorOf(events[0]!.index),
      events: history.get(ticket.id, lastSeq),
    })),
    now,
    (results) =>
      results.flatMap((r, i) =>
        tickets[i]!.events.flatMap(({ index, event }, j) => {
          const seq = r.appended[j];
          return typeof seq === 'number'
            ? [
                {
                  actor: actorOf(index),
                  action: `ticket.${event.type}`,
                  entity: `ticket:${r.ticketId}`,
                  // A backdated event (staff only) shows when it was recorded.
                  detail: {
                    seq,
                    at: event.at,
                    ...(event.at < now - CUSTOMER_CLOCK_SKEW_MS ? { receivedAt: now } : {}),
                  },
                },
              ]
            : [];
        }),
      ),
  );
  // A history is kept only where the next write can check it: a ticket without a projection has no last number.
  results.forEach((r, i) => {
    if (tickets[i]!.ticket.last_seq !== null) written.push({ ticketId: r.ticketId, events: r.events });
  });
  results.forEach((r, i) =>
    tickets[i]!.events.forEach(({ index }, j) => {
      const seq = r.appended[j]!;
      outcomes[index] =
        seq instanceof TicketEventError
          ? new ServiceError('invalid', seq.message)
          : {
              ...ticketEventJson(appendedEvent(r.events, seq)),
              nextDueAt: r.nextDueAt,
              recorded: r.recorded.length,
            };
    }),
  );
  return outcomes;
}

/** The event numbered `seq` of a ticket's events, which it was just appended to: looked for from their end. */
function appendedEvent(events: readonly TicketEventRow[], seq: number): TicketEventRow {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.seq === seq) return events[i]!;
  throw new Error(`event ${seq} is not among the ticket's events`);
}

const auditChainFor = (requests: readonly EventRequest[]) => ({
  preferred: auditChainOf(`ticket:${requests[0]!.ticketId}`),
  chains: AUDIT_CHAINS,
});

/**
 * A batch's transaction. PostgreSQL: two round trips, the tickets' locks with BEGIN and all the writes with COMMIT
 * (storage/pg-batch-transaction.ts); SQLite: the group commit's shared transaction.
 */
function batchWrite(ctx: ServiceContext, batch: readonly EventRequest[], written: Written) {
  if (!isPostgres(ctx.db)) return writeTransaction(ctx, (trx) => writeEvents(trx, ctx, batch, written));
  return batchTransaction<LockedRow, (RecordedEvent | Error)[]>(
    ctx.db,
    ticketsForWriteStatement(
      batch.map((r) => r.ticketId),
      auditChainFor(batch),
    ),
    (trx, rows) => writeEvents(trx, ctx, batch, written, ticketsLockedForWrite(rows)),
  );
}

/** The event a request may add to its ticket, as of `now`; throws why it may not. */
function admit({ ctx, ticketId, input }: EventRequest, ticket: TicketForWrite | undefined, now: number): TicketEvent {
  if (!ticket) throw new ServiceError('not_found', `no ticket ${ticketId}`);
  requireVisible(ctx, ticket.customer_id, `ticket ${ticketId}`);
  if (ctx.principal.role === 'customer' && !(input.type === 'replied' && input.author === 'customer')) {
    throw new ServiceError('forbidden', 'a customer contact may add only its own replies', 'type');
  }
  if (ctx.principal.role === 'auditor') throw new ServiceError('forbidden', 'an auditor token cannot change this');
  return { ...input, at: statedTime(ctx, input.at, now, 'an event').at } as TicketEvent;
}

/** Where a store's event requests wait for their batch: one per store (its `caches`, core/store-caches.ts). */
export interface TicketEventBatcher {
  /** Writes the requests in one batch; each one's outcome, in order. Rejects if the batch's transaction failed. */
  add(requests: readonly EventRequest[]): Promise<(RecordedEvent | Error)[]>;
}

/** Most events a batch holds: more wait for the next one. */
const MAX_BATCH = MAX_EVENTS_PER_CALL;

/**
 * A store's batcher. Several batches at once: on PostgreSQL on several connections; on SQLite one is written while
 * the one before it is being synced to disk. A batch is written through its first request's context: every context
 * handed to it must be its store's own (not one over a transaction), as every context of a store is.
 */
export function ticketEventBatcher(): TicketEventBatcher {
  return eventBatcher(4);
}

/**
 * Collects event requests while a batch is being written and writes them as the next batch, with at most
 * `inFlight` batches at once. A lone request is written at once, so nothing waits when idle. The requests of one
 * call stay together, in one batch.
 */
function eventBatcher(inFlight: number): TicketEventBatcher {
  const queue: {
    requests: readonly EventRequest[];
    resolve(outcomes: (RecordedEvent | Error)[]): void;
    reject(e: unknown): void;
  }[] = [];
  let running = 0;
  /** The calls of the next batch: at least one, then as many as fit in MAX_BATCH requests. */
  function nextBatch() {
    let size = queue[0]?.requests.length ?? 0;
    let calls = queue.length ? 1 : 0;
    while (calls < queue.length && size + queue[calls]!.requests.length <= MAX_BATCH)
      size += queue[calls++]!.requests.length;
    return queue.splice(0, calls);
  }
  async function drain(): Promise<void> {
    running++;
    while (queue.length) {
      // Let the requests that have arrived reach the queue first.
      await new Promise((resolve) => setImmediate(resolve));
      const calls = nextBatch();
      if (!calls.length) break;
      const batch = calls.flatMap((c) => c.requests);
      try {
        const ctx = batch[0]!.ctx;
        const written: Written = [];
        const outcomes = await batchWrite(ctx, batch, written);
        remember(ctx, written);
        // Only now, committed: each caller hears about its own events.
        let from = 0;
        for (const call of calls) call.resolve(outcomes.slice(from, (from += call.requests.length)));
      } catch (e) {
        for (const call of calls) call.reject(e);
      }
    }
    running--;
  }
  return {
    add: (requests) =>
      new Promise((resolve, reject) => {
        queue.push({ requests, resolve, reject });
        if (running < inFlight) void drain();
      }),
  };
}
