// Update cadences as the seeds write them: SecurEnvoy's updates by business date, TechJutsu's single update.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../contract/compile-contract.js';
import { evaluateTicket } from './evaluate-ticket.js';
import { internalGoals } from './internal-goals.js';
import type { TicketEvent } from './ticket-event.js';

const contracts = fileURLToPath(new URL('../../../../contracts/', import.meta.url));
const source = (name: string) => ({ file: `contracts/${name}`, text: readFileSync(contracts + name, 'utf8') });
const at = (iso: string) => Date.parse(iso);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const reply = (when: string): TicketEvent => ({ type: 'replied', at: at(when), author: 'agent', public: true });
const opened = (when: string, severity: string): TicketEvent => ({ type: 'opened', at: at(when), severity });

describe('SecurEnvoy "Subsequent Updates ... (business day only)": by business date, not rolling hours', () => {
  // Standard Support Coverage: 09:00–17:00 Europe/London, Mon–Fri, less the designated company holidays (the
  // contract's initial list: England and Wales bank holidays 2026, gov.uk/bank-holidays). July 2026 is BST
  // (UTC+1); 2–7 April 2026: Good Friday 3 April and Easter Monday 6 April are bank holidays.
  const securenvoy = loadContract(source('securenvoy.yaml'));
  const updateDue = (severity: string, events: TicketEvent[], now: string) =>
    evaluateTicket(securenvoy, [opened(events.length ? '2026-07-06T08:00Z' : now, severity), ...events], at(now))
      .clocks.filter((c) => c.kind === 'next_update')
      .map((c) => [c.cycle, c.status, iso(c.dueAt)]);

  it.each([
    // [case, severity, replies (first response, then updates), now, expected next_update clocks]
    [
      'P1 "once per day": a response Monday 10:00 BST owes an update by Tuesday 17:00 BST (rolling 8h: Tue 10:00)',
      'P1',
      ['2026-07-06T09:00Z'],
      '2026-07-06T12:00Z',
      [[1, 'running', '2026-07-07T16:00:00.000Z']],
    ],
    [
      'P1: an update Tuesday 16:55 BST meets the first and owes the next by Wednesday 17:00 BST',
      'P1',
      ['2026-07-06T09:00Z', '2026-07-07T15:55Z'],
      '2026-07-07T16:00Z',
      [
        [1, 'met', '2026-07-07T16:00:00.000Z'],
        [2, 'running', '2026-07-08T16:00:00.000Z'],
      ],
    ],
    [
      'P1: no update on Tuesday breaches at Tuesday 17:00 BST, the close of the business day',
      'P1',
      ['2026-07-06T09:00Z'],
      '2026-07-08T09:00Z',
      [[1, 'breached', '2026-07-07T16:00:00.000Z']],
    ],
    [
      'P2 "once every 2-3 days": a response Wednesday 8 July owes an update by Monday 13 July 17:00 BST (Thu, Fri, Mon)',
      'P2',
      ['2026-07-08T10:00Z'],
      '2026-07-08T12:00Z',
      [[1, 'running', '2026-07-13T16:00:00.000Z']],
    ],
  ])('%s', (_case, severity, replies, now, expected) => {
    expect(updateDue(severity, replies.map(reply), now)).toEqual(expected);
  });

  it('P1: an update on Thursday 2 April 2026 owes the next by Tuesday 7 April 17:00 BST (Good Friday, Easter Monday)', () => {
    // UK summer time began Sun 29 March 2026: 17:00 BST = 16:00Z.
    const r = evaluateTicket(
      securenvoy,
      [opened('2026-04-02T08:00Z', 'P1'), reply('2026-04-02T15:00Z')],
      at('2026-04-02T16:00Z'),
    );
    expect(iso(r.clocks.find((c) => c.kind === 'next_update')!.dueAt)).toBe('2026-04-07T16:00:00.000Z');
  });

  it('P1: an update on a Saturday owes the next by the close of Monday, the first business day after it', () => {
    // Sat 11 July 2026 is not a business date; Mon 13 July 17:00 BST = 16:00Z.
    const r = evaluateTicket(
      securenvoy,
      [opened('2026-07-10T08:00Z', 'P1'), reply('2026-07-10T09:00Z'), reply('2026-07-11T10:00Z')],
      at('2026-07-11T11:00Z'),
    );
    expect(iso(r.clocks.find((c) => c.kind === 'next_update' && c.cycle === 2)!.dueAt)).toBe(
      '2026-07-13T16:00:00.000Z',
    );
  });
});

describe('TechJutsu §10.6: one update within the Response Time, then none', () => {
  // Order form techjutsu-acme: Mon–Fri 08:00–18:00 America/New_York (EDT, UTC−4, in July 2026), P2 4 business hours.
  const techjutsu = loadContract(source('techjutsu.yaml'), source('order-forms/techjutsu-acme.yaml'));
  const events: TicketEvent[] = [
    opened('2026-07-06T13:00Z', 'P2'), // Mon 09:00 EDT
    reply('2026-07-06T14:00Z'), // initial response Mon 10:00 EDT: the update is due by 14:00 EDT
    reply('2026-07-06T17:00Z'), // the update, Mon 13:00 EDT
  ];

  it('the update after the initial response is due within the Response Time', () => {
    const r = evaluateTicket(techjutsu, events.slice(0, 2), at('2026-07-06T15:00Z'));
    const update = r.clocks.find((c) => c.kind === 'next_update')!;
    expect([update.status, iso(update.dueAt), update.target]).toEqual([
      'running',
      '2026-07-06T18:00:00.000Z',
      '4 business hours, once',
    ]);
  });

  it('once the update is given, no further update is owed: a week of silence breaches nothing', () => {
    const r = evaluateTicket(techjutsu, events, at('2026-07-13T22:00Z'));
    expect(r.clocks.filter((c) => c.kind === 'next_update').map((c) => [c.cycle, c.status])).toEqual([[1, 'met']]);
    expect(r.clocks.some((c) => c.status === 'breached')).toBe(false);
  });

  it("measures the provider's internal goal of an update every Response Time apart, never as the SCSS's", () => {
    // The file's internal_targets: P2 an update every 4 business hours until resolved, rolling as `every` does: each
    // due 4 business hours after the last reply (the first after opening). Replies Mon 10:00 and 13:00 EDT meet the
    // first two; the third, due Mon 17:00 EDT, is missed by Tue 09:00 EDT (an hour of business time later).
    const internal = internalGoals(techjutsu)!;
    const r = evaluateTicket(internal, events, at('2026-07-07T13:00Z'));
    expect(r.clocks.map((c) => [c.kind, c.cycle, c.status, iso(c.dueAt), c.target])).toEqual([
      ['next_update', 1, 'met', '2026-07-06T17:00:00.000Z', '4 business hours'],
      ['next_update', 2, 'met', '2026-07-06T18:00:00.000Z', '4 business hours'],
      ['next_update', 3, 'breached', '2026-07-06T21:00:00.000Z', '4 business hours'],
    ]);
    expect(r.clocks[2]!.clause).toBe('internal goal, beyond SCSS §10.6');
    // The contract's own clocks at the same instant: all met, nothing owed.
    const contract = evaluateTicket(techjutsu, events, at('2026-07-07T13:00Z'));
    expect(contract.clocks.some((c) => c.status === 'breached' || c.status === 'running')).toBe(false);
    // A contract whose plans set no internal goal has none to measure.
    expect(internalGoals(loadContract(source('securenvoy.yaml')))).toBeUndefined();
  });
});
