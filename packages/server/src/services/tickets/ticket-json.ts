import { type TicketEvaluation } from '@surety/engine';
import { wireInstantOrNull } from '../core/instants.js';

/**
 * A ticket as one JSON object with ISO instants (null where there is none, as a deadline never due): one line of `--format json` output. A clock is still measured
 * until it stops (met, cancelled, or its ticket resolved): `stoppedAt` null. `overdueSince` is when the earliest
 * deadline still unmet passed, while the ticket is open.
 */
export function ticketJson(ticket: string, r: TicketEvaluation) {
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
      warnings: c.warnings.map((w) => ({ at: `${Math.round(w.fraction * 100)}%`, dueAt: iso(w.at) })),
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

/** A ticket with its clocks as the API shows it and its projection keeps it (as JSON). */
export type TicketJson = ReturnType<typeof ticketJson>;

/** The earliest breach among the clocks still measured, while the ticket is open; null when nothing is overdue. */
export function overdueSince(r: TicketEvaluation): number | null {
  if (r.state.phase !== 'open') return null;
  let since: number | null = null;
  for (const c of r.clocks)
    if (c.breachedAt !== null && c.stoppedAt === null && (since === null || c.breachedAt < since)) since = c.breachedAt;
  return since;
}
