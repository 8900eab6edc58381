import type { CompiledContract } from '../contract/compiled-contract.js';
import { viewClock, type ClockView } from './clock-view.js';
import type { Explanation } from './clock-state.js';
import { TicketEventError, type TicketEvent } from './ticket-event.js';
import { advanceTicket, applyEvent, openTicket, type TicketState } from './ticket-state.js';

export interface TicketEvaluation {
  state: TicketState;
  clocks: ClockView[];
  explanations: Explanation[];
}

/**
 * contract + a ticket's events + `now` → every clock as of `now`. Events after `now` are not yet known
 * and are left out, so the same log answers "where did this ticket stand at T?".
 */
export function evaluateTicket(
  contract: CompiledContract,
  events: readonly TicketEvent[],
  now: number,
): TicketEvaluation {
  const known = events.filter((e) => e.at <= now);
  const [first, ...rest] = known;
  if (!first) throw new TicketEventError('no events at or before the evaluation instant');
  if (first.type !== 'opened') throw new TicketEventError(`the first event must be 'opened', found '${first.type}'`);
  let state = openTicket(contract, first);
  for (const e of rest) state = applyEvent(contract, state, e);
  return viewTicket(state, now);
}

/** Advances a ticket to `now` (recording warnings and breaches that fell due) and reads its clocks. */
export function viewTicket(state: TicketState, now: number): TicketEvaluation {
  advanceTicket(state, now);
  state.explanations.sort((a, b) => a.at - b.at);
  return { state, clocks: state.clocks.map((c) => viewClock(c, now)), explanations: state.explanations };
}

/** The next instant at which a warning or deadline falls due, for timers; null when nothing is pending. */
export function nextDueAt(state: TicketState, now: number): number | null {
  let next: number | null = null;
  for (const c of state.clocks) {
    if (c.stoppedAt !== null || c.runningSince === null) continue;
    const v = viewClock(c, now);
    const candidates = [
      ...v.warnings.filter((w, i) => !c.warned.includes(c.target.warnAt[i]!)).map((w) => w.at),
      c.breachedAt === null ? v.dueAt : null,
    ];
    for (const at of candidates) if (at !== null && (next === null || at < next)) next = at;
  }
  return next;
}
