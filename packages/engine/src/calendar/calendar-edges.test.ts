// Errors and edges: invalid zones, instants outside the supported years, bad durations, calendars with no open
// time, calendars that never close, 24:00 ends and windows that touch.
import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR } from './business-calendar.js';
import type { ClosedDate } from './calendar-spec.js';
import { assertValidZone } from './local-time.js';
import { at, calendar, HOUR, numonix } from './calendar-test-kit.js';

const DAY = 24 * HOUR;
const iso = (t: number) => new Date(t).toISOString();
const utc = (text: string) => iso(at(text));
const office = (name = 'office') =>
  calendar({ zone: 'UTC', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: 540, end: 1020 }] }, name);

describe('invalid time zones', () => {
  it.each(['Mars/Olympus', 'America/New York', '', 'Pacific/Atlantis'])('%j is rejected with a RangeError', (zone) => {
    expect(() => assertValidZone(zone)).toThrow(RangeError);
    const cal = calendar({ zone, weekly: '24x7' }, 'bad-zone');
    const t = at('2026-06-01T00:00Z');
    expect(() => cal.isOpen(t)).toThrow(RangeError);
    expect(() => cal.add(t, HOUR)).toThrow(RangeError);
    expect(() => cal.between(t, t + HOUR)).toThrow(RangeError);
    expect(() => cal.nextOpen(t)).toThrow(RangeError);
    expect(() => cal.openWindows(t, t + HOUR)).toThrow(RangeError);
  });

  it('IANA names the runtime knows are accepted', () => {
    for (const zone of ['UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Africa/Cairo']) {
      expect(() => assertValidZone(zone)).not.toThrow();
    }
  });
});

describe('instants outside the supported years', () => {
  const cal = office();
  // The engine answers from 2 January 1900 to 30 December 2399 (UTC), a day inside the years either end.
  const first = at('1900-01-02T00:00Z');
  const last = at('2399-12-30T00:00Z');

  it('the supported years are 1900–2399 and their edges are answered', () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([1900, 2399]);
    // 2 January 1900 was a Tuesday; 30 December 2399 a Thursday (proleptic Gregorian calendar).
    expect(cal.isOpen(first)).toBe(false);
    expect(iso(cal.nextOpen(first))).toBe(utc('1900-01-02T09:00Z'));
    expect(iso(office().nextOpen(last))).toBe(utc('2399-12-30T09:00Z'));
  });

  it.each([
    ['just before 2 January 1900', first - 1],
    ['in 1850', at('1850-06-01T00:00Z')],
    ['just after 30 December 2399', last + 1],
    ['in 2400', at('2400-06-01T00:00Z')],
  ])('%s is a RangeError, whether or not the calendar has built the years around it', (_what, t) => {
    expect(() => office().isOpen(t)).toThrow(/outside the years 1900–2399/);
    // Calendars that have already answered at one end have built a year past it.
    const [early, late] = [office(), office()];
    early.nextOpen(first);
    late.nextOpen(last);
    expect(() => early.isOpen(t)).toThrow(/outside the years 1900–2399/);
    expect(() => late.isOpen(t)).toThrow(/outside the years 1900–2399/);
    expect(() => cal.add(t, HOUR)).toThrow(RangeError);
    expect(() => cal.add(t, 0)).toThrow(RangeError);
    expect(() => cal.between(at('2026-01-01T00:00Z'), t)).toThrow(RangeError);
    expect(() => cal.nextOpen(t)).toThrow(RangeError);
    expect(() => cal.nextClose(t)).toThrow(RangeError);
  });

  it.each([NaN, Infinity, -Infinity])('%s is not an instant', (t) => {
    expect(() => cal.isOpen(t)).toThrow(/instant must be finite epoch ms/);
    expect(() => cal.add(t, HOUR)).toThrow(RangeError);
    // Even with nothing to add, a non-instant must not come back as a deadline.
    expect(() => cal.add(t, 0)).toThrow(RangeError);
  });

  it('a deadline that would fall after 2399 is a RangeError naming the calendar', () => {
    // From Thu 29 Dec 2399 09:00 UTC, 40 office hours (5 days × 8h) run into January 2400.
    expect(() => office('late').add(at('2399-12-29T09:00Z'), 40 * HOUR)).toThrow(
      /calendar 'late' would need years past 2399/,
    );
  });
});

describe('durations', () => {
  it.each([-1, -HOUR, NaN, Infinity])('%s ms is a RangeError', (d) => {
    expect(() => office().add(at('2026-06-01T09:00Z'), d)).toThrow(/duration must be a finite number of ms >= 0/);
  });
});

describe('calendars with no open time', () => {
  const t = at('2026-06-01T00:00Z');

  it.each([
    ['no weekly windows', calendar({ zone: 'UTC', weekly: [] }, 'nothing-open')],
    [
      'a window on no days',
      calendar({ zone: 'Europe/London', weekly: [{ days: [], start: 540, end: 1020 }] }, 'nothing-open'),
    ],
  ])('%s: add, nextOpen and nextClose throw a RangeError naming the calendar', (_what, cal) => {
    expect(() => cal.add(t, HOUR)).toThrow(RangeError);
    expect(() => cal.add(t, HOUR)).toThrow(/calendar 'nothing-open' /);
    expect(() => cal.nextOpen(t)).toThrow(/calendar 'nothing-open' /);
    expect(() => cal.nextClose(t)).toThrow(/calendar 'nothing-open' /);
    // Questions that need no open time still have answers.
    expect(cal.isOpen(t)).toBe(false);
    expect(cal.between(t, t + 365 * DAY)).toBe(0);
    expect(cal.openWindows(t, t + 365 * DAY)).toEqual([]);
    expect(cal.add(t, 0)).toBe(t);
  });

  it('the first message says there is no open time within 10 years, from the start instant', () => {
    const cal = calendar({ zone: 'UTC', weekly: [] }, 'nothing-open');
    expect(() => cal.add(t, HOUR)).toThrow(
      "calendar 'nothing-open' has no open time within 10 years after 2026-06-01T00:00:00Z",
    );
  });

  it('open time closed for five years is still found (the search looks ten years ahead)', () => {
    // UTC Mondays 09:00–10:00, every Monday of 2026–2030 closed by a published list; 5 January 2026 and
    // 6 January 2031 are Mondays.
    const mondays: ClosedDate[] = [];
    for (let d = at('2026-01-05T00:00Z'); d < at('2031-01-01T00:00Z'); d += 7 * DAY) {
      mondays.push({ date: iso(d).slice(0, 10), from: 0, to: 1440, name: 'closed' });
    }
    const weekly = [{ days: ['mon' as const], start: 540, end: 600 }];
    const open = calendar({ zone: 'UTC', weekly });
    const closed = calendar({ zone: 'UTC', weekly, closures: [{ kind: 'published', list: 'x', initial: mondays }] });
    expect(iso(open.add(at('2026-01-01T00:00Z'), HOUR))).toBe(utc('2026-01-05T10:00Z'));
    expect(iso(closed.add(at('2026-01-01T00:00Z'), HOUR))).toBe(utc('2031-01-06T10:00Z'));
    expect(iso(closed.nextOpen(at('2026-01-01T00:00Z')))).toBe(utc('2031-01-06T09:00Z'));
  });
});

describe('calendars that never close', () => {
  it('nextClose of a 24x7 calendar is Infinity however often it is asked', () => {
    // Each answer must not push the calendar's built years further out; 24x7 in UTC (no DST, no holidays).
    const cal = numonix();
    for (let i = 0; i < 100; i++) {
      expect(cal.nextClose(at('2026-06-01T00:00Z') + i * HOUR)).toBe(Infinity);
    }
    // And it still answers ordinary questions afterwards.
    expect(cal.between(at('2026-06-01T00:00Z'), at('2026-06-02T00:00Z'))).toBe(DAY);
  });

  it('a 24x7 calendar near the last supported year never closes either', () => {
    expect(numonix().nextClose(at('2399-06-01T00:00Z'))).toBe(Infinity);
  });

  it('a calendar closed one day a year closes before that day', () => {
    // 24x7 UTC closed on 25 December: from 1 June 2026 the open period ends at 25 December 00:00.
    const cal = calendar({
      zone: 'UTC',
      weekly: '24x7',
      closures: [{ kind: 'dates', dates: [{ date: '2026-12-25', from: 0, to: 1440, name: 'Christmas' }] }],
    });
    expect(iso(cal.nextClose(at('2026-06-01T00:00Z')))).toBe(utc('2026-12-25T00:00Z'));
    expect(cal.nextClose(at('2026-12-26T00:00Z'))).toBe(Infinity);
  });
});

describe('24:00 ends and touching windows', () => {
  // All in UTC (no DST). Mon 1 June 2026 is a Monday.
  it('a window ending at 24:00 and the next day’s window from 00:00 form one open period', () => {
    const cal = calendar({
      zone: 'UTC',
      weekly: [
        { days: ['mon'], start: 9 * 60, end: 1440 },
        { days: ['tue'], start: 0, end: 6 * 60 },
      ],
    });
    expect(iso(cal.nextClose(at('2026-06-01T10:00Z')))).toBe(utc('2026-06-02T06:00Z'));
    expect(cal.isOpen(at('2026-06-02T00:00Z'))).toBe(true);
    expect(cal.openWindows(at('2026-06-01T00:00Z'), at('2026-06-03T00:00Z'))).toEqual([
      { start: at('2026-06-01T09:00Z'), end: at('2026-06-02T06:00Z') },
    ]);
    // 16h from Monday 09:00 ends at Tuesday 01:00, straight through midnight.
    expect(iso(cal.add(at('2026-06-01T09:00Z'), 16 * HOUR))).toBe(utc('2026-06-02T01:00Z'));
  });

  it('00:00–24:00 every day is the same as 24x7', () => {
    const allDay = calendar({
      zone: 'UTC',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: 0, end: 1440 }],
    });
    const a = at('2026-12-30T05:00Z');
    const b = at('2027-01-02T07:00Z');
    expect(allDay.between(a, b)).toBe(b - a);
    expect(allDay.add(a, 50 * HOUR)).toBe(numonix().add(a, 50 * HOUR));
    expect(allDay.businessDayMs).toBe(DAY);
  });

  it('a window whose end equals its start runs a full 24 hours overnight', () => {
    // calendar-spec.ts: "an end at or before start means the window runs overnight into the next day".
    const cal = calendar({ zone: 'UTC', weekly: [{ days: ['mon'], start: 9 * 60, end: 9 * 60 }] });
    expect(cal.openWindows(at('2026-06-01T00:00Z'), at('2026-06-03T00:00Z'))).toEqual([
      { start: at('2026-06-01T09:00Z'), end: at('2026-06-02T09:00Z') },
    ]);
  });

  it('an overnight window on Sunday wraps into Monday of the next week', () => {
    // Sun 7 June 2026 22:00 → Mon 8 June 06:00 UTC.
    const cal = calendar({ zone: 'UTC', weekly: [{ days: ['sun'], start: 22 * 60, end: 6 * 60 }] });
    expect(iso(cal.nextOpen(at('2026-06-01T07:00Z')))).toBe(utc('2026-06-07T22:00Z'));
    expect(iso(cal.nextClose(at('2026-06-01T07:00Z')))).toBe(utc('2026-06-08T06:00Z'));
    // Monday 1 June 00:00–06:00 is the end of the previous Sunday's night.
    expect(cal.isOpen(at('2026-06-01T05:59Z'))).toBe(true);
  });
});
