import { describe, expect, it } from 'vitest';
import { surety } from './run-cli.js';

/** Every command that prints a result offers --format json, with instants as the API writes them. */
describe('--format json', () => {
  // Invoca business hours: Mon–Fri 08:00–17:00 America/Los_Angeles (PDT, UTC−7, in July 2026), and 2026-07-03 is
  // the observed US Independence Day (July 4 falls on a Saturday), on Invoca's list.
  it('calendar add', () => {
    const r = surety(
      'calendar',
      'add',
      '--contract',
      'contracts/invoca.yaml',
      '--from',
      '2026-07-02T15:00:00-07:00',
      '--duration',
      '8 business hours',
      '--format',
      'json',
    );
    expect(JSON.parse(r.stdout)).toEqual({
      calendar: 'business-hours',
      zone: 'America/Los_Angeles',
      from: '2026-07-02T22:00:00.000Z',
      businessMs: 8 * 3_600_000,
      due: '2026-07-06T21:00:00.000Z',
    });
  });

  it('calendar between', () => {
    const r = surety(
      'calendar',
      'between',
      '--contract',
      'contracts/invoca.yaml',
      '--from',
      '2026-07-02T15:00:00-07:00',
      '--to',
      '2026-07-06T09:00:00-07:00',
      '--format',
      'json',
    );
    // Thu 15–17 (2 h), Fri holiday, Mon 08–09 (1 h).
    expect(JSON.parse(r.stdout)).toMatchObject({ businessMs: 3 * 3_600_000, to: '2026-07-06T16:00:00.000Z' });
  });

  it('budget', () => {
    const r = surety('budget', '--target', '99.9', '--period', '2026-02', '--format', 'json');
    expect(JSON.parse(r.stdout)).toEqual({
      target: '99.9%',
      zone: 'UTC',
      periods: [
        {
          period: '2026-02',
          start: '2026-02-01T00:00:00.000Z',
          end: '2026-03-01T00:00:00.000Z',
          lengthMs: 672 * 3_600_000,
          allowedMs: 2_419_200,
        },
      ],
    });
  });
});
