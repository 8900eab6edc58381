import { evaluateTicket, isoInstant, nextDueAt, type CompiledContract, type TicketEvent } from '@surety/engine';
import type { Executor } from '../storage/repositories/executor.js';
import {
  appendTicketEvent,
  saveProjection,
  ticketEvents,
  type TicketEventRow,
  type TicketRow,
} from '../storage/repositories/ticket-repository.js';
import { ticketJson } from './ticket-json.js';
import { recordAudit } from './audit-log.js';
import { enqueueEvent } from './webhooks.js';
import type { ServiceContext } from './service-context.js';

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

/**
 * Re-derives a ticket's clocks from its events as of `now`, records each warning and breach that has fallen
 * due (once: at its true instant, with the time it was recorded), and saves the projection with the instant
 * of its next timer. The projection is only ever derived, so it can be rebuilt from the events at any time.
 */
export async function reproject(
  db: Executor,
  ctx: ServiceContext,
  ticket: TicketRow,
  contract: CompiledContract,
  now: number,
): Promise<{ recorded: RecordedClockEvent[]; nextDueAt: number | null }> {
  const rows = await ticketEvents(db, ticket.id);
  const inputs = rows.filter((r) => INPUT_TYPES.has(r.type)).map((r) => JSON.parse(r.payload) as TicketEvent);
  const evaluation = evaluateTicket(contract, inputs, now);
  const already = new Set(
    rows.filter((r) => !INPUT_TYPES.has(r.type)).map((r) => keyOf(JSON.parse(r.payload) as RecordedClockEvent)),
  );
  const recorded: RecordedClockEvent[] = [];
  for (const e of evaluation.explanations) {
    if (e.change !== 'warning' && e.change !== 'breached') continue;
    const record: RecordedClockEvent = { clock: e.clock, change: e.change, dueAt: e.at, rule: e.rule };
    if (already.has(keyOf(record))) continue;
    already.add(keyOf(record));
    await appendTicketEvent(db, {
      ticket_id: ticket.id,
      type: RECORDED_TYPES[e.change],
      at: e.at,
      received_at: now,
      payload: JSON.stringify(record),
    });
    await recordAudit(db, ctx, `clock.${e.change}`, `ticket:${ticket.id}`, {
      clock: e.clock,
      dueAt: e.at,
      recordedAt: now,
      rule: e.rule,
    });
    await enqueueEvent(db, now, `clock.${e.change}`, `${ticket.id}|${keyOf(record)}`, {
      ticket: ticket.id,
      customer: ticket.customer_id,
      contract: ticket.contract_id,
      clock: e.clock,
      dueAt: isoInstant(e.at),
      recordedAt: isoInstant(now),
      rule: e.rule,
    });
    recorded.push(record);
  }
  const next = nextDueAt(evaluation.state, now);
  const lastSeq = rows.length + recorded.length;
  await saveProjection(db, {
    ticket_id: ticket.id,
    last_seq: lastSeq,
    state: JSON.stringify(ticketJson(ticket.id, evaluation)),
    // A breach is recorded once its deadline has passed, so its timer is due one millisecond after it.
    next_due_at: next === null ? null : next + 1,
    updated_at: now,
  });
  return { recorded, nextDueAt: next };
}

function keyOf(r: RecordedClockEvent): string {
  return `${r.clock}|${r.change}|${r.dueAt}|${r.rule}`;
}

export type { TicketEventRow };
