import { describe, expect, it } from 'vitest';
import type { TicketEvent } from './ticket-event.js';
import { TicketEventError } from './ticket-event.js';
import { evaluateTicket, nextDueAt, viewTicket } from './evaluate-ticket.js';
import { applyEvent, openTicket } from './ticket-state.js';
import { at, HOUR, officeContract } from './clocks-test-kit.js';

// All cases use officeContract(): Mon–Fri 09:00–17:00 UTC, no holidays. 2026-07-06 is a Monday.
const contract = officeContract();
const clock = (events: TicketEvent[], now: string, kind: string, cycle = 1) => {
  const r = evaluateTicket(contract, events, at(now));
  return r.clocks.find((c) => c.kind === kind && c.cycle === cycle)!;
};
const opened = (iso: string, severity = 'S2'): TicketEvent => ({ type: 'opened', at: at(iso), severity });

describe('ticket clocks', () => {
  it('a request opened outside hours starts accruing at the next opening', () => {
    // Saturday 4 July 10:00: nothing accrues until Monday 09:00; 4h → Monday 13:00.
    const c = clock([opened('2026-07-04T10:00:00Z')], '2026-07-06T10:00:00Z', 'first_response');
    expect(c.dueAt).toBe(at('2026-07-06T13:00:00Z'));
    expect(c.elapsedMs).toBe(1 * HOUR);
    expect(c.warnings).toEqual([{ fraction: 0.75, at: at('2026-07-06T12:00:00Z') }]);
  });

  it('pauses while waiting on the customer and moves the deadline by the paused business time', () => {
    const events: TicketEvent[] = [
      opened('2026-07-06T09:00:00Z'),
      { type: 'status_changed', at: at('2026-07-06T10:00:00Z'), status: 'pending_customer' },
      { type: 'status_changed', at: at('2026-07-07T09:00:00Z'), status: 'open' },
    ];
    const paused = clock(events.slice(0, 2), '2026-07-06T15:00:00Z', 'first_response');
    expect([paused.status, paused.dueAt, paused.elapsedMs]).toEqual(['paused', null, 1 * HOUR]);
    // 1h before the pause, 3h more from Tuesday 09:00 → due Tuesday 12:00; paused Mon 10:00–17:00 = 7h.
    const resumed = clock(events, '2026-07-07T10:00:00Z', 'first_response');
    expect([resumed.status, resumed.dueAt, resumed.pausedMs]).toEqual([
      'running',
      at('2026-07-07T12:00:00Z'),
      7 * HOUR,
    ]);
  });

  it('counts only public replies by an agent: not automated, internal or customer replies', () => {
    const r = evaluateTicket(
      contract,
      [
        opened('2026-07-06T09:00:00Z'),
        { type: 'replied', at: at('2026-07-06T09:01:00Z'), author: 'system', public: true },
        { type: 'replied', at: at('2026-07-06T09:02:00Z'), author: 'agent', public: false },
        { type: 'replied', at: at('2026-07-06T09:03:00Z'), author: 'customer', public: true },
      ],
      at('2026-07-06T10:00:00Z'),
    );
    expect(r.clocks.find((c) => c.kind === 'first_response')!.status).toBe('running');
    expect(r.explanations.find((e) => e.change === 'ignored')).toMatchObject({
      rule: 'engine: automated (system) replies never count',
    });
  });

  it('a reply exactly at the deadline meets it; a millisecond later breaches it', () => {
    const reply = (iso: string): TicketEvent => ({ type: 'replied', at: at(iso), author: 'agent', public: true });
    expect(
      clock([opened('2026-07-06T09:00:00Z'), reply('2026-07-06T13:00:00Z')], '2026-07-07T00:00:00Z', 'first_response')
        .status,
    ).toBe('met');
    const late = clock(
      [opened('2026-07-06T09:00:00Z'), reply('2026-07-06T13:00:00.001Z')],
      '2026-07-07T00:00:00Z',
      'first_response',
    );
    // Breached at the deadline, met later, and it stays breached.
    expect([late.status, late.breachedAt, late.metAt]).toEqual([
      'breached',
      at('2026-07-06T13:00:00Z'),
      at('2026-07-06T13:00:00.001Z'),
    ]);
  });

  it('runs next_update from each qualifying reply; a missed update breaches that cycle only', () => {
    const events: TicketEvent[] = [
      opened('2026-07-06T09:00:00Z'),
      { type: 'replied', at: at('2026-07-06T10:00:00Z'), author: 'agent', public: true }, // first response; update cycle 1 starts
      { type: 'replied', at: at('2026-07-07T09:30:00Z'), author: 'agent', public: true }, // 7.5h later: cycle 1 met, cycle 2 starts
    ];
    expect(clock(events, '2026-07-08T12:00:00Z', 'next_update', 1).status).toBe('met');
    // Cycle 2: 8 business hours from Tuesday 09:30 → Wednesday 09:30, missed.
    const c2 = clock(events, '2026-07-08T12:00:00Z', 'next_update', 2);
    expect([c2.status, c2.breachedAt]).toEqual(['breached', at('2026-07-08T09:30:00Z')]);
    // Resolving cancels the pending update cycle.
    const resolved = clock(
      [...events.slice(0, 2), { type: 'resolved', at: at('2026-07-06T11:00:00Z') }],
      '2026-07-08T12:00:00Z',
      'next_update',
      1,
    );
    expect(resolved.status).toBe('cancelled');
  });

  it('retroactive severity change: the new target from the original start, a past deadline breached at that deadline', () => {
    // S2 opened Monday 09:00; upgraded to S1 (2h) at 12:00: the S1 deadline, 11:00, is already past.
    const events: TicketEvent[] = [
      opened('2026-07-06T09:00:00Z'),
      { type: 'severity_changed', at: at('2026-07-06T12:00:00Z'), severity: 'S1' },
    ];
    const c = clock(events, '2026-07-06T12:30:00Z', 'first_response');
    expect([c.status, c.severity, c.breachedAt, c.startedAt]).toEqual([
      'breached',
      'S1',
      at('2026-07-06T11:00:00Z'),
      at('2026-07-06T09:00:00Z'),
    ]);
  });

  it('restart severity change: a new clock from the change, the old cycle kept and cancelled', () => {
    const restart = officeContract('restart');
    const r = evaluateTicket(
      restart,
      [opened('2026-07-06T09:00:00Z'), { type: 'severity_changed', at: at('2026-07-06T12:00:00Z'), severity: 'S1' }],
      at('2026-07-06T12:30:00Z'),
    );
    const [old, fresh] = r.clocks.filter((c) => c.kind === 'first_response');
    expect([old!.status, old!.severity]).toEqual(['cancelled', 'S2']);
    expect([fresh!.status, fresh!.cycle, fresh!.startedAt, fresh!.dueAt]).toEqual([
      'running',
      2,
      at('2026-07-06T12:00:00Z'),
      at('2026-07-06T14:00:00Z'),
    ]);
  });

  it('reopening starts a new resolution cycle and keeps the first', () => {
    const events: TicketEvent[] = [
      opened('2026-07-06T09:00:00Z'),
      { type: 'replied', at: at('2026-07-06T09:30:00Z'), author: 'agent', public: true },
      { type: 'resolved', at: at('2026-07-06T15:00:00Z') },
      { type: 'reopened', at: at('2026-07-07T10:00:00Z') },
    ];
    expect(clock(events, '2026-07-07T11:00:00Z', 'resolution', 1).status).toBe('met');
    // Cycle 2: 2 business days (16h) from Tuesday 10:00 → Thursday 10:00.
    const c2 = clock(events, '2026-07-07T11:00:00Z', 'resolution', 2);
    expect([c2.status, c2.startedAt, c2.dueAt]).toEqual([
      'running',
      at('2026-07-07T10:00:00Z'),
      at('2026-07-09T10:00:00Z'),
    ]);
  });

  it('names the rule behind a breach', () => {
    const r = evaluateTicket(contract, [opened('2026-07-06T09:00:00Z')], at('2026-07-07T09:00:00Z'));
    expect(r.explanations.filter((e) => e.change === 'breached').map((e) => [e.clock, e.rule])).toEqual([
      ['first_response#1', '/plans/standard/targets/S2/first_response'],
    ]);
  });

  it('evaluated as of an earlier instant, later events are not yet known', () => {
    const events: TicketEvent[] = [
      opened('2026-07-06T09:00:00Z'),
      { type: 'replied', at: at('2026-07-06T16:00:00Z'), author: 'agent', public: true },
    ];
    expect(clock(events, '2026-07-06T12:00:00Z', 'first_response').status).toBe('running');
  });

  it('refuses a bad event whole and leaves the state as it was', () => {
    const state = openTicket(contract, { type: 'opened', at: at('2026-07-06T09:00:00Z'), severity: 'S2' });
    applyEvent(contract, state, { type: 'replied', at: at('2026-07-06T10:00:00Z'), author: 'agent', public: true });
    const before = JSON.stringify(state, (k, v) => (k === 'target' ? undefined : v));
    for (const bad of [
      { type: 'replied', at: at('2026-07-06T09:30:00Z'), author: 'agent', public: true },
      { type: 'severity_changed', at: at('2026-07-06T11:00:00Z'), severity: 'S9' },
      { type: 'reopened', at: at('2026-07-06T11:00:00Z') },
    ] as TicketEvent[]) {
      expect(() => applyEvent(contract, state, bad)).toThrow(TicketEventError);
      expect(JSON.stringify(state, (k, v) => (k === 'target' ? undefined : v))).toBe(before);
    }
  });

  it('the incremental form equals the whole evaluation, and tells the next timer', () => {
    const events: TicketEvent[] = [
      opened('2026-07-06T09:00:00Z'),
      { type: 'status_changed', at: at('2026-07-06T09:30:00Z'), status: 'pending_customer' },
      { type: 'status_changed', at: at('2026-07-06T11:00:00Z'), status: 'open' },
      { type: 'replied', at: at('2026-07-06T12:00:00Z'), author: 'agent', public: true },
    ];
    const now = at('2026-07-06T13:00:00Z');
    const [first, ...rest] = events;
    const state = openTicket(contract, first as Extract<TicketEvent, { type: 'opened' }>);
    for (const e of rest) applyEvent(contract, state, e);
    expect(viewTicket(state, now).clocks).toEqual(evaluateTicket(contract, events, now).clocks);
    // Next timer: next_update#1 (from 12:00, 8h) warns at 75% = 6h → 18:00 is after hours → Tuesday 10:00;
    // resolution (16h from 09:00, paused 09:30–11:00) warns at 12h elapsed → Tuesday 14:30.
    expect(nextDueAt(state, now)).toBe(at('2026-07-07T10:00:00Z'));
  });
});
