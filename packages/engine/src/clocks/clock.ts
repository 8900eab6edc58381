import type { TargetRule } from '../contract/compiled-contract.js';
import type { Clock, Explanation } from './clock-state.js';
import { targetMsFrom } from './cadence.js';

/** Mechanics of a single clock: accrual, pause and resume, deadline and warning instants. */

export function newClock(
  target: TargetRule,
  severity: string,
  cycle: number,
  startedAt: number,
  running: boolean,
): Clock {
  return {
    kind: target.kind,
    cycle,
    target,
    targetMs: targetMsFrom(target, startedAt),
    severity,
    status: running ? 'running' : 'paused',
    startedAt,
    segments: [],
    runningSince: running ? startedAt : null,
    accruedMs: 0,
    warned: [],
    breachedAt: null,
    metAt: null,
    stoppedAt: null,
  };
}

export function clockLabel(c: Clock): string {
  return `${c.kind}#${c.cycle}`;
}

/** Business time the clock has run by `t`. */
export function elapsedAt(c: Clock, t: number): number {
  const open = c.runningSince !== null && t > c.runningSince ? c.target.calendar.between(c.runningSince, t) : 0;
  return c.accruedMs + open;
}

/**
 * The instant at which the clock had run (or, running on, will have run) `amount` of business time; null
 * when that is not reached while the clock is paused or stopped.
 */
export function instantOfElapsed(c: Clock, amount: number): number | null {
  const cal = c.target.calendar;
  let cum = 0;
  for (const [s, e] of c.segments) {
    const b = cal.between(s, e);
    if (cum + b >= amount) return cal.add(s, amount - cum);
    cum += b;
  }
  return c.runningSince === null ? null : cal.add(c.runningSince, amount - cum);
}

/** Records the warnings and the breach that fall due by `t` (a breach only once the deadline is past). */
export function advanceClock(c: Clock, t: number, log: Explanation[]): void {
  if (c.runningSince === null || c.stoppedAt !== null) return;
  const d = c.targetMs;
  for (const fraction of c.target.warnAt) {
    if (c.warned.includes(fraction)) continue;
    const at = instantOfElapsed(c, fraction * d);
    if (at === null || at > t) break; // fractions are sorted: later ones fall later
    c.warned.push(fraction);
    log.push({
      at,
      clock: clockLabel(c),
      change: 'warning',
      rule: c.target.rule + '/warn_at',
      cause: 'time',
      detail: `${Math.round(fraction * 100)}% of ${c.target.durationText} elapsed`,
    });
  }
  if (c.breachedAt === null) {
    const deadline = instantOfElapsed(c, d);
    if (deadline !== null && deadline < t) {
      c.breachedAt = deadline;
      c.status = 'breached';
      log.push({
        at: deadline,
        clock: clockLabel(c),
        change: 'breached',
        rule: c.target.rule,
        cause: 'time',
        detail: `${c.target.durationText} of business time elapsed without the target being met`,
      });
    }
  }
}

export function pauseClock(c: Clock, t: number): boolean {
  if (c.runningSince === null || c.stoppedAt !== null) return false;
  closeSegment(c, t);
  if (c.status === 'running') c.status = 'paused';
  return true;
}

export function resumeClock(c: Clock, t: number): boolean {
  if (c.runningSince !== null || c.stoppedAt !== null) return false;
  c.runningSince = t;
  if (c.status === 'paused') c.status = 'running';
  return true;
}

/** Stops the clock as met or cancelled; a breached clock stays breached and records when it was met. */
export function stopClock(c: Clock, t: number, outcome: 'met' | 'cancelled'): void {
  if (c.runningSince !== null) closeSegment(c, t);
  c.stoppedAt = t;
  if (outcome === 'met') c.metAt = t;
  if (c.status !== 'breached') c.status = outcome;
}

function closeSegment(c: Clock, t: number): void {
  const since = c.runningSince!;
  if (t > since) {
    c.segments.push([since, t]);
    c.accruedMs += c.target.calendar.between(since, t);
  }
  c.runningSince = null;
}
