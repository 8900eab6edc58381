import type { ClockKind } from '../contract/compiled-contract.js';
import type { Clock, ClockStatus } from './clock-state.js';
import { elapsedAt, instantOfElapsed } from './clock.js';

/** A clock as users read it at an instant `now`. Instants are epoch ms; durations business-time ms. */
export interface ClockView {
  kind: ClockKind;
  cycle: number;
  severity: string;
  status: ClockStatus;
  /** Accruing business time at `now` (a breached clock runs on until met; a paused one does not). */
  running: boolean;
  rule: string;
  clause?: string;
  target: string;
  targetMs: number;
  calendar: string;
  startedAt: number;
  /** The deadline: when it falls (running), fell (breached) or would have fallen (met); null while paused. */
  dueAt: number | null;
  warnings: { fraction: number; at: number | null }[];
  metAt: number | null;
  breachedAt: number | null;
  stoppedAt: number | null;
  elapsedMs: number;
  remainingMs: number;
  pausedMs: number;
}

export function viewClock(c: Clock, now: number): ClockView {
  const end = c.stoppedAt ?? now;
  const elapsedMs = elapsedAt(c, end);
  const d = c.targetMs;
  const cal = c.target.calendar;
  let dueAt = c.breachedAt ?? instantOfElapsed(c, d);
  if (dueAt === null && c.stoppedAt !== null) dueAt = cal.add(c.stoppedAt, d - elapsedMs); // as it stood when stopped
  return {
    kind: c.kind,
    cycle: c.cycle,
    severity: c.severity,
    status: c.status,
    running: c.runningSince !== null && c.stoppedAt === null,
    rule: c.target.rule,
    clause: c.target.clause,
    target: c.target.durationText,
    targetMs: d,
    calendar: cal.name,
    startedAt: c.startedAt,
    dueAt,
    warnings: c.target.warnAt.map((fraction) => ({ fraction, at: instantOfElapsed(c, fraction * d) })),
    metAt: c.metAt,
    breachedAt: c.breachedAt,
    stoppedAt: c.stoppedAt,
    elapsedMs,
    remainingMs: d - elapsedMs,
    pausedMs: Math.max(0, cal.between(c.startedAt, end) - elapsedMs),
  };
}
