import { describe, expect, it } from 'vitest';
import type { Weekday } from './calendar-spec.js';
import { at, calendar, HOUR } from './calendar-test-kit.js';

const MON_FRI: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
// All in UTC (no DST). 2026-12-24 is a Thursday.
const office = (closures: Parameters<typeof calendar>[0]['closures']) =>
  calendar({ zone: 'UTC', weekly: [{ days: MON_FRI, start: 9 * 60, end: 17 * 60 }], closures });

describe('closures', () => {
  it('a partial-day closure closes only its hours', () => {
    const cal = office([
      { kind: 'dates', dates: [{ date: '2026-12-24', from: 13 * 60, to: 1440, name: 'Christmas Eve afternoon' }] },
    ]);
    expect(cal.between(at('2026-12-24T00:00:00Z'), at('2026-12-25T00:00:00Z'))).toBe(4 * HOUR);
  });

  it('a provider-published list is replaced at run time without touching the original calendar', () => {
    const cal = office([{ kind: 'published', list: 'company', initial: [] }]);
    const updated = cal.withPublishedList('company', [{ date: '2026-12-24', from: 0, to: 1440, name: 'company day' }]);
    expect(cal.between(at('2026-12-24T00:00:00Z'), at('2026-12-25T00:00:00Z'))).toBe(8 * HOUR);
    expect(updated.between(at('2026-12-24T00:00:00Z'), at('2026-12-25T00:00:00Z'))).toBe(0);
  });

  it('the standard business day is the open day most weekdays share, or the declared one', () => {
    expect(office([]).businessDayMs).toBe(8 * HOUR);
    expect(
      calendar({ zone: 'UTC', weekly: [{ days: MON_FRI, start: 540, end: 1020 }], businessDayMs: 7 * HOUR })
        .businessDayMs,
    ).toBe(7 * HOUR);
  });
});

describe('errors', () => {
  it('rejects an instant outside the supported years and a negative duration', () => {
    const cal = office([]);
    expect(() => cal.add(at('1850-01-01T00:00:00Z'), HOUR)).toThrow(/outside the years 1900–2399/);
    expect(() => cal.add(at('2026-01-01T00:00:00Z'), -1)).toThrow(/duration must be a finite number of ms >= 0/);
  });

  it('says so, naming the calendar, when there is no open time to be found', () => {
    const closedForever = calendar(
      {
        zone: 'UTC',
        weekly: [{ days: ['mon'], start: 540, end: 600 }],
        closures: [{ kind: 'holidays', country: 'US', types: ['public'] }],
      },
      'mondays',
    );
    expect(closedForever.add(at('2026-01-01T00:00:00Z'), HOUR)).toBeGreaterThan(0);
    const never = calendar(
      {
        zone: 'UTC',
        weekly: [{ days: ['mon'], start: 540, end: 600 }],
        closures: [{ kind: 'published', list: 'all', initial: [] }],
      },
      'never',
    );
    const everyMonday = Array.from({ length: 12 * 53 }, (_, i) =>
      new Date(at('2026-01-05T00:00:00Z') + i * 7 * 24 * HOUR).toISOString().slice(0, 10),
    );
    const closed = never.withPublishedList(
      'all',
      everyMonday.map((date) => ({ date, from: 0, to: 1440, name: 'closed' })),
    );
    expect(() => closed.add(at('2026-01-01T00:00:00Z'), HOUR)).toThrow(
      "calendar 'never' has no open time within 10 years",
    );
  });

  it('rejects an unknown zone', () => {
    expect(() => calendar({ zone: 'Mars/Olympus', weekly: '24x7' }).isOpen(0)).toThrow();
  });
});
