import { z } from 'zod';
import { type TicketEvaluation } from '@surety/engine';
import { instantText } from '../core/instant-codec.js';
import { wireInstantOrNull } from '../core/instants.js';

/** One clock of a ticket on the wire: instants ISO (null where there is none), durations business-time ms. */
export const clockSchema = z.object({
  clock: z.enum(['first_response', 'next_update', 'resolution']),
  cycle: z.number().int(),
  severity: z.string(),
  status: z.enum(['running', 'paused', 'met', 'breached', 'cancelled']),
  running: z.boolean().describe('accruing business time now (a breached clock runs on until met)'),
  target: z.string().describe("the contract's duration as written, such as 4h or 2 business days"),
  targetMs: z.number(),
  calendar: z.string(),
  rule: z.string().describe('JSON pointer into the contract: the target that sets this clock'),
  clause: z.string().nullable(),
  startedAt: instantText.nullable(),
  dueAt: instantText.nullable().describe('the deadline (when it passed, for a breached clock); null while paused'),
  warnings: z.array(
    z.object({
      point: z.string().describe('the share of the target at which the warning falls, such as 75%'),
      dueAt: instantText.nullable(),
    }),
  ),
  metAt: instantText.nullable(),
  breachedAt: instantText.nullable(),
  stoppedAt: instantText.nullable(),
  elapsedMs: z.number(),
  remainingMs: z.number().describe('negative once past the deadline'),
  pausedMs: z.number(),
});

/** Why a clock changed: the rule (a JSON pointer into the contract, or an engine rule) and the event that caused it. */
export const explanationSchema = z.object({
  at: instantText.nullable(),
  clock: z.string().describe('the clock and its cycle, such as first_response#1'),
  change: z.enum(['started', 'paused', 'resumed', 'warning', 'breached', 'met', 'cancelled', 'retargeted', 'ignored']),
  rule: z.string(),
  cause: z.string(),
  detail: z.string().nullable(),
});

/**
 * A ticket's clocks as one JSON object: the API's, one line of `--format json`, and the projection's stored state.
 * A clock is still measured until it stops (met, cancelled, or its ticket resolved): `stoppedAt` null.
 */
export const ticketClocksSchema = z.object({
  ticket: z.string(),
  customer: z.string().nullable(),
  plan: z.string(),
  severity: z.string(),
  status: z.string().describe('the status as last recorded (open, waiting_on_customer, …)'),
  phase: z.enum(['open', 'resolved', 'closed']),
  overdueSince: instantText
    .nullable()
    .describe('when the earliest deadline still unmet passed, while the ticket is open; null when nothing is overdue'),
  clocks: z.array(clockSchema),
  explanations: z.array(explanationSchema),
});

/** A ticket with its clocks as the API shows it and its projection keeps it (as JSON). */
export type TicketJson = z.infer<typeof ticketClocksSchema>;

export function ticketJson(ticket: string, r: TicketEvaluation): TicketJson {
  const iso = wireInstantOrNull;
  return {
    ticket,
    customer: r.state.customer ?? null,
    plan: r.state.plan,
    severity: r.state.severity,
    status: r.state.status,
    phase: r.state.phase,
    overdueSince: iso(overdueSince(r)),
    clocks: r.clocks.map((c) => ({
      clock: c.kind,
      cycle: c.cycle,
      severity: c.severity,
      status: c.status,
      running: c.running,
      target: c.target,
      targetMs: c.targetMs,
      calendar: c.calendar,
      rule: c.rule,
      clause: c.clause ?? null,
      startedAt: iso(c.startedAt),
      dueAt: iso(c.dueAt),
      warnings: c.warnings.map((w) => ({ point: `${Math.round(w.fraction * 100)}%`, dueAt: iso(w.at) })),
      metAt: iso(c.metAt),
      breachedAt: iso(c.breachedAt),
      stoppedAt: iso(c.stoppedAt),
      elapsedMs: c.elapsedMs,
      remainingMs: c.remainingMs,
      pausedMs: c.pausedMs,
    })),
    explanations: r.explanations.map((e) => ({ ...e, at: iso(e.at), detail: e.detail ?? null })),
  };
}

/** The earliest breach among the clocks still measured, while the ticket is open; null when nothing is overdue. */
export function overdueSince(r: TicketEvaluation): number | null {
  if (r.state.phase !== 'open') return null;
  let since: number | null = null;
  for (const c of r.clocks)
    if (c.breachedAt !== null && c.stoppedAt === null && (since === null || c.breachedAt < since)) since = c.breachedAt;
  return since;
}
