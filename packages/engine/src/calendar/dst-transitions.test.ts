import { describe, expect, it } from 'vitest';
import type { Weekday } from './calendar-spec.js';
import { localToEpochMs } from './local-time.js';
import { Temporal } from 'temporal-polyfill';
import { calendar, HOUR } from './calendar-test-kit.js';

const ALL: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MIN = 60_000;

/**
 * Every DST change of 2025–2027 in the seed contracts' zones, from the rules in force:
 * - United States (Energy Policy Act of 2005): second Sunday of March 02:00 → 03:00, first Sunday of
 *   November 02:00 → 01:00, local time.
 * - United Kingdom (EU Summer-Time Directive rules): last Sunday of March and of October, at 01:00 UTC.
 * - Egypt (DST reinstated in 2023): last Friday of April 00:00 → 01:00, last Thursday of October 24:00 → 23:00.
 * `wall` is the local wall time (minutes) at which the skipped (spring) or repeated (autumn) hour begins.
 */
const changes: { zone: string; date: string; kind: 'spring' | 'autumn'; wall: number }[] = [
  ...['2025-03-09', '2026-03-08', '2027-03-14'].flatMap((date) => [
    { zone: 'America/Los_Angeles', date, kind: 'spring' as const, wall: 120 },
    { zone: 'America/New_York', date, kind: 'spring' as const, wall: 120 },
  ]),
  ...['2025-11-02', '2026-11-01', '2027-11-07'].flatMap((date) => [
    { zone: 'America/Los_Angeles', date, kind: 'autumn' as const, wall: 60 },
    { zone: 'America/New_York', date, kind: 'autumn' as const, wall: 60 },
  ]),
  ...['2025-03-30', '2026-03-29', '2027-03-28'].map((date) => ({
    zone: 'Europe/London',
    date,
    kind: 'spring' as const,
    wall: 60,
  })),
  ...['2025-10-26', '2026-10-25', '2027-10-31'].map((date) => ({
    zone: 'Europe/London',
    date,
    kind: 'autumn' as const,
    wall: 60,
  })),
  ...['2025-04-25', '2026-04-24', '2027-04-30'].map((date) => ({
    zone: 'Africa/Cairo',
    date,
    kind: 'spring' as const,
    wall: 0,
  })),
  // Egypt's autumn change is at Thursday 24:00, so the repeated hour is Thursday 23:00–24:00.
  ...['2025-10-30', '2026-10-29', '2027-10-28'].map((date) => ({
    zone: 'Africa/Cairo',
    date,
    kind: 'autumn' as const,
    wall: 23 * 60,
  })),
];

const local = (zone: string, date: string, minutes: number) =>
  localToEpochMs(zone, Temporal.PlainDate.from(date), minutes);

describe.each(changes)('$zone $kind change on $date', ({ zone, date, kind, wall }) => {
  it('the local day is 23 or 25 real hours, and a 24x7 business hour across the change is 60 real minutes', () => {
    const cal = calendar({ zone, weekly: '24x7' });
    const dayStart = local(zone, date, 0);
    const nextDay = local(zone, Temporal.PlainDate.from(date).add({ days: 1 }).toString(), 0);
    expect(nextDay - dayStart).toBe(kind === 'spring' ? 23 * HOUR : 25 * HOUR);
    const beforeChange = local(zone, date, wall) - 30 * MIN;
    expect(cal.add(beforeChange, HOUR) - beforeChange).toBe(HOUR);
    expect(cal.between(dayStart, nextDay)).toBe(nextDay - dayStart);
  });

  it('a window around the changed hour holds only the hours that exist', () => {
    // A window from an hour before to two hours after the changed wall time, within the day.
    const [start, end] = [Math.max(0, wall - 60), Math.min(1440, wall + 120)];
    const cal = calendar({ zone, weekly: [{ days: ALL, start, end }] });
    const nextDate = Temporal.PlainDate.from(date).add({ days: 1 }).toString();
    const windows = cal.openWindows(local(zone, date, 0), local(zone, nextDate, 0));
    const open = windows.reduce((sum, w) => sum + (w.end - w.start), 0);
    const wallHours = (end - start) / 60;
    expect(open).toBe((kind === 'spring' ? wallHours - 1 : wallHours + 1) * HOUR);
  });

  if (kind === 'spring') {
    it('a local time inside the gap resolves to the instant after the gap', () => {
      // wall+30 does not exist; the first instant after the gap is the transition (wall + 60 in new time).
      expect(local(zone, date, wall + 30)).toBe(local(zone, date, wall + 60));
    });
  } else {
    it('an ambiguous local time resolves to the earlier instant', () => {
      // wall+30 happens twice; the earlier one is one hour before the later.
      const earlier = local(zone, date, wall + 30);
      expect(local(zone, date, wall + 90) - earlier).toBe(2 * HOUR);
    });
  }
});

describe('overnight windows and 24:00 ends', () => {
  it('a 22:00–06:00 window runs into the next day, and a holiday closes only its own date', () => {
    // UTC has no DST. 2026-12-24 is a Thursday; closing 25 December closes 00:00–24:00 of that date only.
    const cal = calendar({
      zone: 'UTC',
      weekly: [{ days: ALL, start: 22 * 60, end: 6 * 60 }],
      closures: [{ kind: 'dates', dates: [{ date: '2026-12-25', from: 0, to: 1440, name: 'Christmas' }] }],
    });
    const windows = cal
      .openWindows(Date.parse('2026-12-24T00:00:00Z'), Date.parse('2026-12-27T00:00:00Z'))
      .map((w) => [new Date(w.start).toISOString(), new Date(w.end).toISOString()]);
    expect(windows).toEqual([
      ['2026-12-24T00:00:00.000Z', '2026-12-24T06:00:00.000Z'],
      ['2026-12-24T22:00:00.000Z', '2026-12-25T00:00:00.000Z'],
      ['2026-12-26T00:00:00.000Z', '2026-12-26T06:00:00.000Z'],
      ['2026-12-26T22:00:00.000Z', '2026-12-27T00:00:00.000Z'],
    ]);
  });

  it('an overnight window across New Year merges with the next year', () => {
    const cal = calendar({ zone: 'UTC', weekly: [{ days: ALL, start: 22 * 60, end: 6 * 60 }] });
    expect(new Date(cal.nextClose(Date.parse('2026-12-31T23:00:00Z'))).toISOString()).toBe('2027-01-01T06:00:00.000Z');
    expect(cal.between(Date.parse('2026-12-31T21:00:00Z'), Date.parse('2027-01-01T07:00:00Z'))).toBe(8 * HOUR);
  });

  it('a 09:00–24:00 window ends at midnight', () => {
    const cal = calendar({ zone: 'UTC', weekly: [{ days: ALL, start: 9 * 60, end: 1440 }] });
    expect(new Date(cal.nextClose(Date.parse('2026-06-01T10:00:00Z'))).toISOString()).toBe('2026-06-02T00:00:00.000Z');
  });
});
