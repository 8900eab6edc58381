import type { ClockKind, CompiledContract, TargetRule } from '../contract/compiled-contract.js';
import { isoInstant } from '../util/instant.js';
import type { Clock, Explanation } from './clock-state.js';
import { advanceClock, clockLabel, newClock, pauseClock, resumeClock, stopClock } from './clock.js';
import { targetMsFrom } from './cadence.js';
import { TicketEventError, type TicketEvent } from './ticket-event.js';

/** Everything the engine knows about one support request; clock views are derived from it. */
export interface TicketState {
  plan: string;
  customer?: string;
  severity: string;
  status: string;
  phase: 'open' | 'resolved' | 'closed';
  openedAt: number;
  lastEventAt: number;
  /** Every status the ticket has had, from opening: a clock created later rebuilds its pauses from it. */
  statusHistory: { at: number; status: string }[];
  /** All clocks ever started, in order; the live one of a kind is the last of that kind not stopped. */
  clocks: Clock[];
  explanations: Explanation[];
}

const ENGINE_RULES = {
  openStarts: 'engine: a ticket opening starts first_response and resolution',
  reply: 'engine: a qualifying reply meets first_response and next_update',
  automated: 'engine: automated (system) replies never count',
  nextUpdateStarts: 'engine: next_update runs from each qualifying reply',
  resolveAnswers: 'engine: resolving a ticket meets its pending response and resolution clocks',
  resolveStopsUpdates: 'engine: no updates are owed once a ticket is resolved',
  reopen: 'engine: reopening starts a new resolution cycle',
  noTarget: 'engine: the new severity has no target for this clock',
  closedFinal: 'engine: a closed ticket is final',
  pause: 'pause_when',
} as const;

/** Starts a ticket from its `opened` event. */
export function openTicket(contract: CompiledContract, e: Extract<TicketEvent, { type: 'opened' }>): TicketState {
  const plan = e.plan ?? contract.plan ?? (contract.plans.size === 1 ? [...contract.plans.keys()][0]! : undefined);
  if (plan === undefined) {
    throw new TicketEventError(
      `no plan: the opened event or the order form must name one of ${[...contract.plans.keys()].join(', ')}`,
    );
  }
  if (!contract.plans.has(plan))
    throw new TicketEventError(`unknown plan '${plan}' (plans: ${[...contract.plans.keys()].join(', ')})`);
  checkSeverity(contract, e.severity);
  const status = e.status ?? 'open';
  const state: TicketState = {
    plan,
    customer: e.customer ?? contract.customer,
    severity: e.severity,
    status,
    phase: 'open',
    openedAt: e.at,
    lastEventAt: e.at,
    statusHistory: [{ at: e.at, status }],
    clocks: [],
    explanations: [],
  };
  for (const rule of rulesFor(contract, state)) {
    // next_update starts with the first response when there is a first_response target.
    if (rule.kind === 'next_update' && ruleFor(contract, state, 'first_response')) continue;
    startClock(state, rule, e.at, 'opened', ENGINE_RULES.openStarts);
  }
  return state;
}

/** Applies one event (mutating `state`, which it returns): the incremental form of evaluation. */
export function applyEvent(contract: CompiledContract, state: TicketState, e: TicketEvent): TicketState {
  if (e.type === 'opened')
    throw new TicketEventError('the ticket is already open; an opened event must come first and once');
  if (e.at < state.lastEventAt) {
    throw new TicketEventError(
      `${e.type} at ${isoInstant(e.at)} is before the ticket's previous event at ${isoInstant(state.lastEventAt)}`,
    );
  }
  if (e.type === 'severity_changed') checkSeverity(contract, e.severity);
  // Refused events are refused before anything changes. (A closed ticket ignores everything, below.)
  if (e.type === 'reopened' && state.phase === 'open') {
    throw new TicketEventError('only a resolved ticket can be reopened; this one is open');
  }
  advanceTicket(state, e.at);
  state.lastEventAt = e.at;
  const log = state.explanations;
  if (state.phase === 'closed') {
    log.push({ at: e.at, clock: 'ticket', change: 'ignored', rule: ENGINE_RULES.closedFinal, cause: e.type });
    return state;
  }
  switch (e.type) {
    case 'replied': {
      for (const c of live(state)) {
        if (c.kind === 'resolution') continue;
        const counts = c.target.counts;
        if (e.author === 'system') {
          log.push({
            at: e.at,
            clock: clockLabel(c),
            change: 'ignored',
            rule: ENGINE_RULES.automated,
            cause: 'replied',
          });
        } else if (counts.authors.includes(e.author) && (e.public || !counts.publicOnly)) {
          stop(state, c, e.at, 'met', 'replied', c.target.rule + '/counts');
        }
      }
      if (qualifiesForUpdates(contract, state, e)) {
        const rule = ruleFor(contract, state, 'next_update');
        if (rule && !updateGiven(state, rule)) startClock(state, rule, e.at, 'replied', ENGINE_RULES.nextUpdateStarts);
      }
      break;
    }
    case 'status_changed': {
      state.status = e.status;
      state.statusHistory.push({ at: e.at, status: e.status });
      for (const c of live(state)) {
        const pauses = c.target.pauseWhen.includes(e.status);
        if (pauses && pauseClock(c, e.at)) {
          log.push({
            at: e.at,
            clock: clockLabel(c),
            change: 'paused',
            rule: c.target.rule + '/pause_when',
            cause: 'status_changed',
            detail: `status '${e.status}'`,
          });
        } else if (!pauses && resumeClock(c, e.at)) {
          log.push({
            at: e.at,
            clock: clockLabel(c),
            change: 'resumed',
            rule: c.target.rule + '/pause_when',
            cause: 'status_changed',
            detail: `status '${e.status}'`,
          });
        }
      }
      break;
    }
    case 'severity_changed':
      changeSeverity(contract, state, e.severity, e.at);
      break;
    case 'resolved':
    case 'closed': {
      if (state.phase === 'open') {
        for (const c of live(state)) {
          if (c.kind === 'next_update') stop(state, c, e.at, 'cancelled', e.type, ENGINE_RULES.resolveStopsUpdates);
          else stop(state, c, e.at, 'met', e.type, ENGINE_RULES.resolveAnswers);
        }
      }
      state.phase = e.type === 'closed' ? 'closed' : 'resolved';
      break;
    }
    case 'reopened': {
      state.phase = 'open';
      const resolution = ruleFor(contract, state, 'resolution');
      if (resolution) startClock(state, resolution, e.at, 'reopened', ENGINE_RULES.reopen);
      const updates = ruleFor(contract, state, 'next_update');
      if (updates && hasResponded(state, contract) && !updateGiven(state, updates)) {
        startClock(state, updates, e.at, 'reopened', ENGINE_RULES.reopen);
      }
      break;
    }
  }
  return state;
}

/** Records every warning and breach that falls due by `t`; call with `now` before reading clocks. */
export function advanceTicket(state: TicketState, t: number): void {
  for (const c of state.clocks) advanceClock(c, t, state.explanations);
}

function changeSeverity(contract: CompiledContract, state: TicketState, severity: string, t: number): void {
  const from = state.severity;
  state.severity = severity;
  const log = state.explanations;
  for (const kind of ['first_response', 'next_update', 'resolution'] as const) {
    const current = live(state).find((c) => c.kind === kind);
    const rule = ruleFor(contract, state, kind);
    if (current && !rule) {
      stop(state, current, t, 'cancelled', 'severity_changed', ENGINE_RULES.noTarget);
    } else if (current && rule) {
      if (rule.onSeverityChange === 'restart') {
        stop(state, current, t, 'cancelled', 'severity_changed', rule.rule + '/on_severity_change');
        startClock(state, rule, t, 'severity_changed', rule.rule + '/on_severity_change');
      } else {
        retarget(current, rule, severity);
        log.push({
          at: t,
          clock: clockLabel(current),
          change: 'retargeted',
          rule: rule.rule + '/on_severity_change',
          cause: 'severity_changed',
          detail: `${from} → ${severity}: ${rule.durationText} from ${isoInstant(current.startedAt)}`,
        });
        // A deadline the new target puts in the past is breached at that deadline (it is before t).
        advanceClock(current, t, log);
      }
    } else if (!current && rule && stillOwed(contract, state, kind)) {
      const retro = rule.onSeverityChange === 'retroactive';
      const start = retro ? owedSince(state, kind) : t;
      const c = startClock(state, rule, start, 'severity_changed', rule.rule + '/on_severity_change');
      if (retro) replayPauses(state, c, t);
      advanceClock(c, t, log);
    }
  }
}

/** Retroactive: the new target measured from the clock's own start, its pauses kept (in the new calendar). */
function retarget(c: Clock, rule: TargetRule, severity: string): void {
  c.target = rule;
  c.targetMs = targetMsFrom(rule, c.startedAt);
  c.severity = severity;
  c.accruedMs = c.segments.reduce((sum, [s, e]) => sum + rule.calendar.between(s, e), 0);
  c.warned = [];
}

/** A clock created after the fact gets the pauses the ticket's status history implies. */
function replayPauses(state: TicketState, c: Clock, until: number): void {
  c.runningSince = null;
  c.accruedMs = 0;
  let since: number | null = null;
  for (let i = 0; i < state.statusHistory.length; i++) {
    const { at, status } = state.statusHistory[i]!;
    const from = Math.max(at, c.startedAt);
    const next = state.statusHistory[i + 1]?.at ?? until;
    if (next <= c.startedAt) continue;
    const paused = c.target.pauseWhen.includes(status);
    if (!paused && since === null) since = from;
    if (paused && since !== null) {
      c.segments.push([since, from]);
      since = null;
    }
  }
  if (since !== null) c.runningSince = since;
  c.accruedMs = c.segments.reduce((sum, [s, e]) => sum + c.target.calendar.between(s, e), 0);
  c.status = c.runningSince === null ? 'paused' : 'running';
}

function stillOwed(contract: CompiledContract, state: TicketState, kind: ClockKind): boolean {
  if (state.phase !== 'open') return false;
  if (kind === 'first_response') return !state.clocks.some((c) => c.kind === 'first_response' && c.metAt !== null);
  if (kind === 'next_update') {
    const rule = ruleFor(contract, state, 'next_update');
    return hasResponded(state, contract) && !(rule && updateGiven(state, rule));
  }
  return true;
}

function owedSince(state: TicketState, kind: ClockKind): number {
  if (kind === 'first_response') return state.openedAt;
  const last = [...state.clocks].reverse().find((c) => c.kind === kind);
  return last?.stoppedAt ?? state.openedAt;
}

function hasResponded(state: TicketState, contract: CompiledContract): boolean {
  return (
    !ruleFor(contract, state, 'first_response') ||
    state.clocks.some((c) => c.kind === 'first_response' && c.metAt !== null)
  );
}

/** A `once` update target is owed once: after a next_update clock has started, no other starts. */
function updateGiven(state: TicketState, rule: TargetRule): boolean {
  return rule.repeat === 'once' && state.clocks.some((c) => c.kind === 'next_update');
}

function qualifiesForUpdates(
  contract: CompiledContract,
  state: TicketState,
  e: Extract<TicketEvent, { type: 'replied' }>,
): boolean {
  const rule = ruleFor(contract, state, 'next_update');
  if (!rule || state.phase !== 'open' || e.author === 'system') return false;
  return rule.counts.authors.includes(e.author) && (e.public || !rule.counts.publicOnly);
}

function startClock(state: TicketState, rule: TargetRule, at: number, cause: string, why: string): Clock {
  const cycle = state.clocks.filter((c) => c.kind === rule.kind).length + 1;
  const running = !rule.pauseWhen.includes(state.status);
  const c = newClock(rule, state.severity, cycle, at, running);
  state.clocks.push(c);
  state.explanations.push({
    at,
    clock: clockLabel(c),
    change: 'started',
    rule: why,
    cause,
    detail: `${rule.durationText} on calendar '${rule.calendar.name}'${running ? '' : ` (paused: status '${state.status}')`}`,
  });
  return c;
}

function stop(
  state: TicketState,
  c: Clock,
  t: number,
  outcome: 'met' | 'cancelled',
  cause: string,
  rule: string,
): void {
  stopClock(c, t, outcome);
  const detail = c.breachedAt !== null && outcome === 'met' ? 'met after its breach; it stays breached' : undefined;
  state.explanations.push({ at: t, clock: clockLabel(c), change: outcome, rule, cause, detail });
}

function live(state: TicketState): Clock[] {
  return state.clocks.filter((c) => c.stoppedAt === null);
}

function rulesFor(contract: CompiledContract, state: TicketState): TargetRule[] {
  return contract.plans.get(state.plan)?.targets.get(state.severity) ?? [];
}

function ruleFor(contract: CompiledContract, state: TicketState, kind: ClockKind): TargetRule | undefined {
  return rulesFor(contract, state).find((r) => r.kind === kind);
}

function checkSeverity(contract: CompiledContract, severity: string): void {
  if (!contract.severities.some((s) => s.id === severity)) {
    throw new TicketEventError(
      `unknown severity '${severity}' (levels: ${contract.severities.map((s) => s.id).join(', ')})`,
    );
  }
}
