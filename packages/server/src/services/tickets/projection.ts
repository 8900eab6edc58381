import {
  evaluateTicket,
  nextDueAt,
  TicketEventError,
  type CompiledContract,
  type TicketEvaluation,
  type TicketEvent,
} from '@surety/engine';
import { isPostgres, type Executor } from '../../storage/repositories/executor.js';
import { saveTicketWrites } from '../../storage/repositories/ticket-write-repository.js';
import {
  clockOutcomesOf,
  replaceClockOutcomes,
  type ClockOutcomeRow,
} from '../../storage/repositories/clock-outcome-repository.js';
import {
  eventsOfTickets,
  insertTicketEvents,
  saveProjections,
  type ClockProjectionRow,
  type TicketEventRow,
  type TicketRow,
} from '../../storage/repositories/ticket-repository.js';
import { QUEUES } from '../../storage/job-queue.js';
import { overdueSince, ticketJson, type TicketJson } from './ticket-json.js';
import { chainAudits, recordAudits, type AuditRecord } from '../audit/log.js';
import { enqueueEvents, type OutgoingEvent } from '../webhooks/webhooks.js';
import { announceTicketChanges, type TicketChange } from './ticket-changes.js';
import type { ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';
import { clockNoticeEmails, type ClockNotice } from '../notices/clock-notice.js';
import { enqueueEmail } from '../outbox/enqueue.js';
import { assigneeEmails } from './assign.js';

/** Events the engine evaluates; the others are records the server makes of what the engine found. */
const INPUT_TYPES = new Set([
  'opened',
  'replied',
  'status_changed',
  'severity_changed',
  'resolved',
  'reopened',
  'closed',
]);
export const RECORDED_TYPES = { warning: 'clock_warning', breached: 'clock_breached' } as const;

export interface RecordedClockEvent {
  clock: string;
  change: 'warning' | 'breached';
  dueAt: number;
  rule: string;
}

export interface TicketUnderContract {
  ticket: TicketRow;
  contract: CompiledContract;
  /**
   * New events to append first (received now), numbered after the ticket's last one. Each is checked by the engine
   * on its own: one it refuses is left out, and the others are appended.
   */
  append?: readonly TicketEvent[];
  /** When known, the instant the ticket's timer is queued for: an unchanged timer is not queued again. */
  timerAt?: number | null;
  /** Who the audit log names for what the clocks recorded (default: the context's principal). */
  actor?: string;
  /** The ticket's events as committed, when the caller knows them: they are not read again. */
  events?: readonly TicketEventRow[];
}

export interface Reprojection {
  ticketId: string;
  /** For each event to append, in order: the sequence number it was given, or why the engine refused it. */
  appended: (number | TicketEventError)[];
  recorded: RecordedClockEvent[];
  nextDueAt: number | null;
  /** The ticket's clocks as its projection now keeps them. */
  view: TicketJson;
  /** All the ticket's events, with those this write appends. */
  events: readonly TicketEventRow[];
}

/**
 * Appends each ticket's new events, then re-derives its clocks from all its events as of `now`, records each
 * warning and breach that has fallen due (once: at its true instant, with the time it was recorded), and saves
 * each projection with the instant of its next timer. The caller holds the tickets' locks (`lockTickets`), or
 * has just inserted them. The projection is only ever derived, so it can be rebuilt from the events at any time.
 * A batch does its reads and writes a statement per table, not per ticket: the worker fires timers and a
 * contract change recomputes open tickets by the thousand.
 */
export async function reprojectTickets(
  db: Executor,
  ctx: ServiceContext,
  tickets: readonly TicketUnderContract[],
  now: number,
  /** The caller's own audit entries (the events it appended), chained before what the clocks recorded. */
  callerAudits: (results: readonly Reprojection[]) => AuditRecord[] = () => [],
): Promise<Reprojection[]> {
  const unknown = tickets.filter((t) => !t.events);
  const read = unknown.length ? await eventsOfTickets(db, idsOf(unknown)) : new Map<string, TicketEventRow[]>();
  for (const t of tickets) if (t.events) read.set(t.ticket.id, [...t.events]);
  const derived = derive(tickets, read, now);
  await save(db, ctx, now, derived, callerAudits(derived.results), changesOf(tickets, derived.results, now));
  return derived.results;
}

/** What live clients hear of a write: each ticket that gained an event or a clock warning or breach. */
function changesOf(tickets: readonly TicketUnderContract[], results: readonly Reprojection[], now: number) {
  return results.flatMap((r, i) => {
    const appended = (tickets[i]!.append ?? []).filter((_, j) => typeof r.appended[j] === 'number');
    const what = [...appended.map((e) => e.type), ...r.recorded.map((e) => `clock.${e.change}`)];
    return what.length
      ? [{ ticketId: r.ticketId, customerId: tickets[i]!.ticket.customer_id, what, at: new Date(now).toISOString() }]
      : [];
  });
}

/**
 * Re-projects tickets batch by batch in the caller's transaction (as `reprojectTickets`), deriving each batch
 * while the database writes the one before and reads the one after: a recompute of a hundred thousand tickets is
 * as much work for the server as for the database, and done one after the other it took twice as long. Each batch
 * is loaded by its function (which may move its tickets to new terms, say) just before its events are read;
 * `onResults` hears each batch's results in order.
 */
export async function reprojectBatches(
  db: Executor,
  ctx: ServiceContext,
  batches: readonly (() => Promise<readonly TicketUnderContract[]>)[],
  now: number,
  onResults: (results: readonly Reprojection[]) => void,
): Promise<void> {
  const load = async (i: number) => {
    const batch = await batches[i]!();
    return { batch, events: await eventsOfTickets(db, idsOf(batch)) };
  };
  // The writes of a batch are chained after those of the one before: one transaction, one audit chain.
  let saving: Promise<void> = Promise.resolve();
  let loading = batches.length ? load(0) : undefined;
  try {
    for (let i = 0; i < batches.length; i++) {
      const { batch, events } = await loading!;
      // Asked before this batch's writes, so that the database reads the next batch while this one is derived.
      loading = i + 1 < batches.length ? load(i + 1) : undefined;
      const derived = derive(batch, events, now);
      saving = saving.then(() => save(db, ctx, now, derived, []));
      onResults(derived.results);
    }
    await saving;
  } catch (e) {
    // Let the statements already asked for settle before the caller rolls back.
    await Promise.allSettled([saving, loading]);
    throw e;
  }
}

const idsOf = (tickets: readonly TicketUnderContract[]) => tickets.map((t) => t.ticket.id);

/** What re-projecting a batch writes, and what it found. */
interface Derived {
  newEvents: TicketEventRow[];
  audits: AuditRecord[];
  outgoing: OutgoingEvent[];
  /** The warnings and breaches to tell by email (the assignee and the on-duty group), beside the webhook events. */
  notices: ClockNotice[];
  projections: ClockProjectionRow[];
  /** Each clock cycle's outcome, for the overview's counts (storage/overview-tables.ts). */
  outcomes: ClockOutcomeRow[];
  timers: { key: string; at: number; data: { ticket: string } }[];
  results: Reprojection[];
}

/** The engine's part: each ticket's clocks from its events and the new ones, as of `now`. No I/O. */
function derive(
  tickets: readonly TicketUnderContract[],
  eventsByTicket: Map<string, TicketEventRow[]>,
  now: number,
): Derived {
  const newEvents: TicketEventRow[] = [];
  const audits: AuditRecord[] = [];
  const outgoing: OutgoingEvent[] = [];
  const notices: ClockNotice[] = [];
  const projections: ClockProjectionRow[] = [];
  const outcomes: ClockOutcomeRow[] = [];
  const timers: Derived['timers'] = [];
  const results: Reprojection[] = [];
  for (const { ticket, contract, append = [], timerAt, actor } of tickets) {
    const rows = eventsByTicket.get(ticket.id) ?? [];
    const inputs = inputEvents(rows);
    let evaluation: TicketEvaluation | undefined;
    const appended: (number | TicketEventError)[] = [];
    for (const event of append) {
      try {
        evaluation = evaluateTicket(contract, [...inputs, event], now);
      } catch (e) {
        if (!(e instanceof TicketEventError)) throw e;
        appended.push(e);
        continue;
      }
      inputs.push(event);
      const row = {
        ticket_id: ticket.id,
        seq: (rows.at(-1)?.seq ?? 0) + 1,
        type: event.type,
        at: event.at,
        received_at: now,
        payload: JSON.stringify(event),
      };
      rows.push(row);
      newEvents.push(row);
      appended.push(row.seq);
    }
    // Nothing appended (a timer, a recompute), or every new event refused: the ticket as its events stand. A
    // ticket with no event at all (its opening refused) has no clocks: the first refusal says why.
    if (!evaluation && !inputs.length && appended[0] instanceof TicketEventError) throw appended[0];
    evaluation ??= evaluateTicket(contract, inputs, now);
    const already = new Set(
      rows.filter((r) => !INPUT_TYPES.has(r.type)).map((r) => keyOf(payloadOf<RecordedClockEvent>(r))),
    );
    let seq = rows.at(-1)?.seq ?? 0;
    const recorded: RecordedClockEvent[] = [];
    for (const e of evaluation.explanations) {
      if (e.change !== 'warning' && e.change !== 'breached') continue;
      const record: RecordedClockEvent = { clock: e.clock, change: e.change, dueAt: e.at, rule: e.rule };
      if (already.has(keyOf(record))) continue;
      already.add(keyOf(record));
      recorded.push(record);
      const row = {
        ticket_id: ticket.id,
        seq: ++seq,
        type: RECORDED_TYPES[e.change],
        at: e.at,
        received_at: now,
        payload: JSON.stringify(record),
      };
      rows.push(row);
      newEvents.push(row);
      audits.push({
        actor,
        action: `clock.${e.change}`,
        entity: `ticket:${ticket.id}`,
        detail: { clock: e.clock, dueAt: e.at, recordedAt: now, rule: e.rule },
      });
      notices.push({
        ticketId: ticket.id,
        customerId: ticket.customer_id,
        contractId: ticket.contract_id,
        clock: e.clock,
        change: e.change,
        dueAt: e.at,
        recordedAt: now,
        rule: e.rule,
        key: `${ticket.id}|${keyOf(record)}`,
      });
      outgoing.push({
        type: `clock.${e.change}`,
        key: `${ticket.id}|${keyOf(record)}`,
        data: {
          ticket: ticket.id,
          customer: ticket.customer_id,
          contract: ticket.contract_id,
          clock: e.clock,
          dueAt: wireInstant(e.at),
          recordedAt: wireInstant(now),
          rule: e.rule,
        },
      });
    }
    const next = nextDueAt(evaluation.state, now);
    // A breach is recorded once its deadline has passed, so its timer is due one millisecond after it.
    const timer = next === null ? null : next + 1;
    const view = ticketJson(ticket.id, evaluation);
    const state = JSON.stringify(view);
    projections.push({
      ticket_id: ticket.id,
      last_seq: seq,
      state,
      next_due_at: timer,
      overdue_since: overdueSince(evaluation),
      updated_at: now,
    });
    outcomes.push(...clockOutcomesOf(ticket, view.clocks));
    if (timer !== null && timer !== timerAt)
      timers.push({ key: `${ticket.id}@${timer}`, at: timer, data: { ticket: ticket.id } });
    results.push({ ticketId: ticket.id, appended, recorded, nextDueAt: next, view, events: rows });
  }
  return { newEvents, audits, outgoing, notices, projections, outcomes, timers, results };
}

async function save(
  db: Executor,
  ctx: ServiceContext,
  now: number,
  { newEvents, audits, outgoing, notices, projections, outcomes, timers }: Derived,
  callerAudits: AuditRecord[],
  changes: readonly TicketChange[] = [],
): Promise<void> {
  if (isPostgres(db)) {
    // One round trip for the tables every write touches (each statement is one on PostgreSQL): the deliveries, the
    // emails of warnings and breaches and the timers, when there are any, go first, and the audit entries with the rest when the transaction already holds
    // its chain (record-event.ts), else last, as recordAudits takes the chain.
    await enqueueEvents(db, ctx, now, outgoing);
    if (notices.length) await enqueueEmail(db, ctx, await clockNoticeEmails(db, ctx, notices, assigneeEmails));
    await ctx.jobs?.add(db, QUEUES.timers, timers);
    const records = [...callerAudits, ...audits];
    const chained = chainAudits(db, ctx, records);
    const channel = ctx.changes?.notifyChannel;
    await saveTicketWrites(db, {
      events: newEvents,
      projections,
      outcomes,
      audits: chained ?? [],
      ...(channel && changes.length ? { notices: { channel, payloads: changes.map((c) => JSON.stringify(c)) } } : {}),
    });
    if (!channel) await announceTicketChanges(db, ctx, changes);
    if (!chained) await recordAudits(db, ctx, records);
    return;
  }
  await insertTicketEvents(db, newEvents);
  await enqueueEvents(db, ctx, now, outgoing);
  // Told by email as by webhook, in the same transaction: a warning or breach is emailed exactly when it is recorded.
  if (notices.length) await enqueueEmail(db, ctx, await clockNoticeEmails(db, ctx, notices, assigneeEmails));
  await saveProjections(db, projections);
  await replaceClockOutcomes(
    db,
    projections.map((p) => p.ticket_id),
    outcomes,
  );
  await ctx.jobs?.add(db, QUEUES.timers, timers);
  // Last: the audit chain stays locked until the transaction ends.
  await recordAudits(db, ctx, [...callerAudits, ...audits]);
  await announceTicketChanges(db, ctx, changes);
}

/** The events of a ticket's rows that the engine evaluates, in order (not the warnings and breaches recorded). */
export function inputEvents(rows: readonly TicketEventRow[]): TicketEvent[] {
  return rows.filter((r) => INPUT_TYPES.has(r.type)).map((r) => payloadOf<TicketEvent>(r));
}

/**
 * An event row's parsed payload, parsed once per row object: the rows of the event history (services/
 * event-history.ts) are the same objects write after write, and parsing them again was a twentieth of the
 * server's time under ingestion. Read only: neither the engine nor this module changes an event. Not a store's
 * cache: a row object belongs to one store's history, and its parsed payload goes with it.
 */
const payloads = new WeakMap<TicketEventRow, unknown>();

function payloadOf<T>(row: TicketEventRow): T {
  let payload = payloads.get(row);
  if (payload === undefined) payloads.set(row, (payload = JSON.parse(row.payload)));
  return payload as T;
}

function keyOf(r: RecordedClockEvent): string {
  return `${r.clock}|${r.change}|${r.dueAt}|${r.rule}`;
}
