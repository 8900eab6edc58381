import { describe, expect, it } from 'vitest';
import { scratchFiles, surety } from './run-cli.js';

const scratch = scratchFiles('evaluate');
let logs = 0;
const events = (lines: string[]) => scratch.file(`events-${++logs}.jsonl`, lines.join('\n') + '\n');

// Invoca business hours: Mon–Fri 08:00–17:00 America/Los_Angeles (PDT, UTC−7, in July 2026), and
// 2026-07-03 is the observed US Independence Day (July 4 falls on a Saturday), on Invoca's initial list.
const opened = '{"ticket":"A","type":"opened","at":"2026-07-02T15:00:00-07:00","severity":"S1"}';

describe('surety evaluate', () => {
  it('prints each ticket as JSON with its clocks and the rule behind a breach', () => {
    const log = events([opened, '{"ticket":"A","type":"replied","at":"2026-07-06T16:00:00-07:00","author":"agent"}']);
    const r = surety(
      'evaluate',
      '--contract',
      'contracts/invoca.yaml',
      '--events',
      log,
      '--at',
      '2026-07-10T00:00:00Z',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const ticket = JSON.parse(r.stdout.trim());
    // 8 business hours from Thu 15:00 PDT: Thu 15–17 (2h), Fri holiday, Mon 08:00 + 6h = Mon 14:00 PDT = 21:00Z.
    expect(ticket.clocks[0]).toMatchObject({
      clock: 'first_response',
      status: 'breached',
      dueAt: '2026-07-06T21:00:00.000Z',
      breachedAt: '2026-07-06T21:00:00.000Z',
      metAt: '2026-07-06T23:00:00.000Z',
      rule: '/plans/standard/targets/S1/first_response',
    });
    expect(ticket.explanations.map((e: { change: string }) => e.change)).toEqual([
      'started',
      'warning',
      'breached',
      'met',
    ]);
  });

  it('reports a bad line with its number and skips it, or stops with --strict', () => {
    const log = events([
      opened,
      '{"ticket":"A","type":"replied","at":"yesterday","author":"agent"}',
      '{"ticket":"A","type":"replied","at":"2026-07-02T15:30:00-07:00","author":"agent"}',
    ]);
    const lenient = surety(
      'evaluate',
      '--contract',
      'contracts/invoca.yaml',
      '--events',
      log,
      '--at',
      '2026-07-10T00:00:00Z',
      '--format',
      'json',
    );
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(`${log}:2: at: expected an ISO-8601 instant with an offset or Z`);
    expect(lenient.stderr).toContain('(line skipped)');
    expect(JSON.parse(lenient.stdout.trim()).clocks[0].status).toBe('met');
    const strict = surety(
      'evaluate',
      '--contract',
      'contracts/invoca.yaml',
      '--events',
      log,
      '--at',
      '2026-07-10T00:00:00Z',
      '--strict',
    );
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });

  it('refuses an event that goes back in time, naming the ticket', () => {
    const log = events([opened, '{"ticket":"A","type":"replied","at":"2026-07-01T15:30:00-07:00","author":"agent"}']);
    const r = surety(
      'evaluate',
      '--contract',
      'contracts/invoca.yaml',
      '--events',
      log,
      '--at',
      '2026-07-10T00:00:00Z',
    );
    expect(r.stderr).toContain(
      `${log}:2: ticket A: replied at 2026-07-01T22:30:00Z is before the ticket's previous event at 2026-07-02T22:00:00Z`,
    );
  });

  it('prints a table in the calendar zone', () => {
    const r = surety(
      'evaluate',
      '--contract',
      'contracts/invoca.yaml',
      '--events',
      events([opened]),
      '--at',
      '2026-07-06T15:00:00Z',
    );
    expect(r.stdout).toContain('first_response#1  S1   running  2026-07-02 15:00 PDT  2026-07-06 14:00 PDT');
  });
});

describe('surety calendar', () => {
  it('adds business time across a holiday', () => {
    const r = surety(
      'calendar',
      'add',
      '--contract',
      'contracts/invoca.yaml',
      '--from',
      '2026-07-02T15:00:00-07:00',
      '--duration',
      '16 business hours',
    );
    // Thu 15–17 (2h), Fri 3 July holiday, Mon 9h (11h), Tue 08:00 + 5h = 13:00 PDT.
    expect(r.stdout).toContain('=     2026-07-07 13:00 PDT  (2026-07-07T20:00:00.000Z)');
  });

  it('names the option and what it expected on bad input', () => {
    const r = surety(
      'calendar',
      'between',
      '--contract',
      'contracts/invoca.yaml',
      '--from',
      '2026-07-02T15:00',
      '--to',
      '2026-07-03T00:00:00Z',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "surety: --from: expected an ISO-8601 instant with an offset or Z, such as 2026-07-02T15:00:00-07:00, found '2026-07-02T15:00'\n",
    );
  });
});
