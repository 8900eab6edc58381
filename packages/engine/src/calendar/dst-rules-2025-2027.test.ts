// Every DST change of 2025, 2026 and 2027 in the seed contracts' zones, with the dates computed in this file
// from the law that sets them (and checked against an explicit list), then run through calendars in that zone.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './business-calendar.js';
import type { Weekday } from './calendar-spec.js';
import { calendar, HOUR, invoca, securenvoy, tactful, techjutsu } from './calendar-test-kit.js';

const MIN = 60_000;
const DAY_MS = 24 * HOUR;
const ALL: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']; // ISO 1..7
const iso = (t: number) => new Date(t).toISOString();

type PlainDate = Temporal.PlainDate;
const SUN = 7;
const THU = 4;
const FRI = 5;

function nthWeekday(year: number, month: number, weekday: number, n: number): PlainDate {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  return first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + 7 * (n - 1) });
}
function lastWeekday(year: number, month: number, weekday: number): PlainDate {
  const last = Temporal.PlainDate.from({ year, month, day: 1 }).add({ months: 1 }).subtract({ days: 1 });
  return last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 });
}
/** The UTC instant of local wall time `minutes` after midnight of `day` at a fixed UTC offset (minutes). */
function utcOf(day: PlainDate, minutes: number, offset: number): number {
  return Date.UTC(day.year, day.month - 1, day.day) + (minutes - offset) * MIN;
}
/** The UTC offset in force at an instant, in minutes, from the runtime's time zone data. */
function offsetAt(zone: string, t: number): number {
  return Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(zone).offsetNanoseconds / 60e9;
}

interface ZoneRules {
  zone: string;
  /** Standard and summer-time UTC offsets, minutes. */
  std: number;
  dst: number;
  /** The local date and wall time (minutes, old offset) at which the spring gap starts. */
  spring: (year: number) => { day: PlainDate; wall: number };
  /** The local date and wall time (minutes, summer time) at which the repeated autumn hour starts. */
  autumn: (year: number) => { day: PlainDate; wall: number };
  /** The zone's seed calendar, its daily opening (local minutes) and open hours. */
  seed: () => BusinessCalendar;
  opens: number;
  hours: number;
}

const ZONES: ZoneRules[] = [
  // US (Energy Policy Act 2005, in force since 2007): DST from the second Sunday of March 02:00 local standard
  // time to the first Sunday of November 02:00 local daylight time. PST −8 / PDT −7.
  {
    zone: 'America/Los_Angeles',
    std: -8 * 60,
    dst: -7 * 60,
    spring: (y) => ({ day: nthWeekday(y, 3, SUN, 2), wall: 120 }),
    autumn: (y) => ({ day: nthWeekday(y, 11, SUN, 1), wall: 60 }),
    seed: invoca,
    opens: 8 * 60,
    hours: 9,
  },
  // Same US rule; EST −5 / EDT −4.
  {
    zone: 'America/New_York',
    std: -5 * 60,
    dst: -4 * 60,
    spring: (y) => ({ day: nthWeekday(y, 3, SUN, 2), wall: 120 }),
    autumn: (y) => ({ day: nthWeekday(y, 11, SUN, 1), wall: 60 }),
    seed: techjutsu,
    opens: 9 * 60,
    hours: 8,
  },
  // UK (Summer Time Order 2002, same dates as EU Directive 2000/84/EC): BST from the last Sunday of March to the
  // last Sunday of October, both at 01:00 UTC. GMT +0 / BST +1: the gap is 01:00–02:00 GMT, the repeated hour
  // 01:00–02:00.
  {
    zone: 'Europe/London',
    std: 0,
    dst: 60,
    spring: (y) => ({ day: lastWeekday(y, 3, SUN), wall: 60 }),
    autumn: (y) => ({ day: lastWeekday(y, 10, SUN), wall: 60 }),
    seed: securenvoy,
    opens: 9 * 60,
    hours: 8,
  },
  // Egypt (DST reinstated by law in 2023): from the last Friday of April at 00:00 (→ 01:00) to the last
  // Thursday of October at 24:00 (→ 23:00). EET +2 / EEST +3: the gap is Friday 00:00–01:00, the repeated hour
  // Thursday 23:00–24:00.
  {
    zone: 'Africa/Cairo',
    std: 2 * 60,
    dst: 3 * 60,
    spring: (y) => ({ day: lastWeekday(y, 4, FRI), wall: 0 }),
    autumn: (y) => ({ day: lastWeekday(y, 10, THU), wall: 23 * 60 }),
    seed: tactful,
    opens: 9 * 60,
    hours: 8,
  },
];

interface Change {
  zone: string;
  kind: 'spring' | 'autumn';
  /** Local date on which the gap or repeated hour starts. */
  day: PlainDate;
  date: string;
  /** Local wall time (minutes after midnight of `day`) at which the gap or repeated hour starts. */
  wall: number;
  /** The instant the offset changes. */
  transition: number;
  before: number;
  after: number;
  rules: ZoneRules;
}

const CHANGES: Change[] = ZONES.flatMap((rules) =>
  [2025, 2026, 2027].flatMap((year) => {
    const spring = rules.spring(year);
    const autumn = rules.autumn(year);
    return [
      {
        zone: rules.zone,
        kind: 'spring' as const,
        ...spring,
        date: spring.day.toString(),
        transition: utcOf(spring.day, spring.wall, rules.std),
        before: rules.std,
        after: rules.dst,
        rules,
      },
      {
        zone: rules.zone,
        kind: 'autumn' as const,
        ...autumn,
        date: autumn.day.toString(),
        transition: utcOf(autumn.day, autumn.wall + 60, rules.dst),
        before: rules.dst,
        after: rules.std,
        rules,
      },
    ];
  }),
);

/**
 * A calendar with one weekly window given relative to midnight of `day` (minutes may be negative or run past
 * 1440): it becomes a window on the right weekday, overnight when it crosses midnight.
 */
function windowAround(zone: string, day: PlainDate, from: number, to: number): BusinessCalendar {
  const shift = Math.floor(from / 1440);
  const anchor = day.add({ days: shift });
  const start = from - shift * 1440;
  const end = to - shift * 1440;
  return calendar({
    zone,
    weekly: [{ days: [WEEKDAY[anchor.dayOfWeek - 1]!], start, end: end > 1440 ? end - 1440 : end }],
  });
}

describe('the computed change dates are the known ones', () => {
  const dates = (zone: string, kind: string) =>
    CHANGES.filter((c) => c.zone === zone && c.kind === kind).map((c) => c.date);
  it('United States', () => {
    for (const zone of ['America/Los_Angeles', 'America/New_York']) {
      expect(dates(zone, 'spring')).toEqual(['2025-03-09', '2026-03-08', '2027-03-14']);
      expect(dates(zone, 'autumn')).toEqual(['2025-11-02', '2026-11-01', '2027-11-07']);
    }
  });
  it('United Kingdom', () => {
    expect(dates('Europe/London', 'spring')).toEqual(['2025-03-30', '2026-03-29', '2027-03-28']);
    expect(dates('Europe/London', 'autumn')).toEqual(['2025-10-26', '2026-10-25', '2027-10-31']);
  });
  it('Egypt', () => {
    expect(dates('Africa/Cairo', 'spring')).toEqual(['2025-04-25', '2026-04-24', '2027-04-30']);
    expect(dates('Africa/Cairo', 'autumn')).toEqual(['2025-10-30', '2026-10-29', '2027-10-28']);
  });
});

// Each case relies on the law stated for its zone in ZONES, and on the runtime's tz data agreeing (checked first).
describe.each(CHANGES)('$zone $kind change of $date', (c) => {
  const { zone, kind, day, wall, transition, before, after, rules } = c;
  const spring = kind === 'spring';
  const nextDay = day.add({ days: 1 });
  // Local midnight of the change day; Egypt's spring midnight does not exist and is the end of the gap.
  const dayStart = spring && wall === 0 ? transition : utcOf(day, 0, before);
  const dayEnd = utcOf(nextDay, 0, after);

  it('the runtime time zone data changes the offset at exactly the computed instant', () => {
    expect(offsetAt(zone, transition - 1)).toBe(before);
    expect(offsetAt(zone, transition)).toBe(after);
    const next = Temporal.Instant.fromEpochMilliseconds(transition - 20 * DAY_MS)
      .toZonedDateTimeISO(zone)
      .getTimeZoneTransition('next');
    expect(next?.epochMilliseconds).toBe(transition);
  });

  it('24x7: a business hour across the change is 60 real minutes and the local day is 23 or 25 hours', () => {
    const cal = calendar({ zone, weekly: '24x7' });
    expect(cal.add(transition - 30 * MIN, HOUR)).toBe(transition + 30 * MIN);
    expect(cal.between(transition - 2 * HOUR, transition + 2 * HOUR)).toBe(4 * HOUR);
    expect(dayEnd - dayStart).toBe(spring ? 23 * HOUR : 25 * HOUR);
    expect(cal.between(dayStart, dayEnd)).toBe(dayEnd - dayStart);
    expect(cal.add(dayStart, 24 * HOUR)).toBe(dayStart + 24 * HOUR);
    expect(cal.isOpen(transition)).toBe(true);
    expect(cal.businessDayMs).toBe(24 * HOUR);
  });

  it('09:00–17:00 every day: 8 real hours each day, at the old offset before the change and the new one after', () => {
    const cal = calendar({ zone, weekly: [{ days: ALL, start: 9 * 60, end: 17 * 60 }] });
    const days = [day.subtract({ days: 1 }), day, nextDay, nextDay.add({ days: 1 })];
    const got = cal.openWindows(utcOf(days[0]!, 0, before), utcOf(days[3]!, 1440, after));
    const expected = days.map((d) => {
      // The offset in force at 09:00 local of `d`: the change is at night, so compare with the transition.
      const offset = utcOf(d, 9 * 60, before) < transition ? before : after;
      return { start: utcOf(d, 9 * 60, offset), end: utcOf(d, 17 * 60, offset) };
    });
    expect(got).toEqual(expected);
  });

  it("the seed calendar's business day on/after the change opens at the new offset and has its full length", () => {
    const cal = rules.seed();
    const open = cal.nextOpen(transition);
    const close = cal.nextClose(transition);
    expect(((open + after * MIN) % DAY_MS) / MIN).toBe(rules.opens);
    expect(close - open).toBe(rules.hours * HOUR);
    expect(open - transition).toBeLessThan(7 * DAY_MS);
    // And the last business day before it at the old offset.
    const last = cal.openWindows(transition - 7 * DAY_MS, transition).at(-1)!;
    expect(((last.start + before * MIN) % DAY_MS) / MIN).toBe(rules.opens);
    expect(last.end - last.start).toBe(rules.hours * HOUR);
  });

  it('a 00:00–24:00 window on the change day spans exactly the local day', () => {
    const cal = windowAround(zone, day, 0, 1440);
    expect(cal.openWindows(dayStart - DAY_MS, dayEnd + DAY_MS)).toEqual([{ start: dayStart, end: dayEnd }]);
    expect(cal.between(dayStart - DAY_MS, dayEnd + DAY_MS)).toBe(spring ? 23 * HOUR : 25 * HOUR);
  });

  it('a three-hour wall-clock window around the change holds 2 or 4 real hours', () => {
    // From an hour before the changed hour to two hours after it starts (e.g. 01:00–04:00 in the US).
    const cal = windowAround(zone, day, wall - 60, wall + 120);
    const start = utcOf(day, wall - 60, before);
    const end = utcOf(day, wall + 120, after);
    expect(cal.openWindows(start - DAY_MS, end + DAY_MS)).toEqual([{ start, end }]);
    expect(end - start).toBe(spring ? 2 * HOUR : 4 * HOUR);
    expect(cal.add(start, HOUR)).toBe(start + HOUR);
  });

  if (spring) {
    it('a window that starts inside the gap opens at the instant after the gap', () => {
      const cal = windowAround(zone, day, wall + 30, wall + 150);
      expect(cal.nextOpen(transition - 2 * HOUR)).toBe(transition);
      expect(cal.nextClose(transition - 2 * HOUR)).toBe(utcOf(day, wall + 150, after));
    });
    it('a window that ends inside the gap closes at the instant after the gap', () => {
      const cal = windowAround(zone, day, wall - 120, wall + 30);
      expect(cal.nextOpen(transition - 3 * HOUR)).toBe(utcOf(day, wall - 120, before));
      expect(cal.nextClose(transition - 3 * HOUR)).toBe(transition);
      expect(cal.isOpen(transition - 1)).toBe(true);
      expect(cal.isOpen(transition)).toBe(false);
    });
  } else {
    it('a window that starts in the repeated hour opens at its earlier occurrence', () => {
      const cal = windowAround(zone, day, wall + 30, wall + 150);
      // wall+30 happens at transition − 30 min (old offset) and again at transition + 30 min; the earlier counts.
      expect(cal.nextOpen(transition - 2 * HOUR)).toBe(transition - 30 * MIN);
      expect(cal.nextClose(transition - 2 * HOUR)).toBe(utcOf(day, wall + 150, after));
    });
    it('a window that ends in the repeated hour closes at its earlier occurrence', () => {
      const cal = windowAround(zone, day, wall - 120, wall + 30);
      expect(cal.nextClose(transition - 3 * HOUR)).toBe(transition - 30 * MIN);
      expect(cal.isOpen(transition)).toBe(false);
    });
  }

  it('an overnight 22:00–06:00 window across the change holds 7 or 9 real hours', () => {
    // The 22:00 before the change: Saturday evening in the US and UK, Thursday evening in Egypt.
    const changeWall = spring ? wall : wall + 60; // local wall time of the transition, old offset
    const eveningShift = Math.floor((changeWall - 22 * 60) / 1440);
    const from = 22 * 60 + 1440 * eveningShift;
    const cal = windowAround(zone, day, from, from + 8 * 60);
    const start = utcOf(day, from, before);
    const end = utcOf(day, from + 8 * 60, after);
    expect(start).toBeLessThan(transition);
    expect(end).toBeGreaterThan(transition);
    expect(cal.openWindows(start - DAY_MS, end + DAY_MS)).toEqual([{ start, end }]);
    expect(end - start).toBe(spring ? 7 * HOUR : 9 * HOUR);
    // Eight business hours from 22:00 end at 06:00 after the autumn change; the spring night holds only seven.
    expect(cal.add(start, (spring ? 7 : 8) * HOUR)).toBe(spring ? end : start + 8 * HOUR);
  });
});

describe('hand-worked instants for 2026', () => {
  const at = (text: string) => Date.parse(text);

  it('Los Angeles, Sunday 8 March 2026 (US rule): 01:00–04:00 holds 01:00–02:00 PST and 03:00–04:00 PDT', () => {
    // 01:00 PST = 09:00Z; 02:00 PST jumps to 03:00 PDT = 10:00Z; 04:00 PDT = 11:00Z.
    const cal = calendar({ zone: 'America/Los_Angeles', weekly: [{ days: ['sun'], start: 60, end: 240 }] });
    expect(
      cal.openWindows(at('2026-03-08T00:00Z'), at('2026-03-09T00:00Z')).map((w) => [iso(w.start), iso(w.end)]),
    ).toEqual([['2026-03-08T09:00:00.000Z', '2026-03-08T11:00:00.000Z']]);
    // A window 02:30–05:00 (02:30 does not exist) opens at 03:00 PDT = 10:00Z.
    const gap = calendar({ zone: 'America/Los_Angeles', weekly: [{ days: ['sun'], start: 150, end: 300 }] });
    expect(iso(gap.nextOpen(at('2026-03-08T00:00Z')))).toBe('2026-03-08T10:00:00.000Z');
  });

  it('New York, Sunday 1 November 2026 (US rule): 01:30 is ambiguous and means 01:30 EDT', () => {
    // 01:30 EDT = 05:30Z (the later 01:30 EST would be 06:30Z); 05:00 EST = 10:00Z.
    const cal = calendar({ zone: 'America/New_York', weekly: [{ days: ['sun'], start: 90, end: 300 }] });
    expect(
      cal.openWindows(at('2026-11-01T00:00Z'), at('2026-11-02T00:00Z')).map((w) => [iso(w.start), iso(w.end)]),
    ).toEqual([['2026-11-01T05:30:00.000Z', '2026-11-01T10:00:00.000Z']]);
  });

  it('London, 29 March and 25 October 2026 (UK rule, 01:00 UTC): 00:00–24:00 is 23 and 25 hours', () => {
    const cal = calendar({ zone: 'Europe/London', weekly: [{ days: ['sun'], start: 0, end: 1440 }] });
    // Sun 29 Mar: 00:00 GMT = 00:00Z to 24:00 BST = 23:00Z.
    expect(cal.between(at('2026-03-28T12:00Z'), at('2026-03-30T12:00Z'))).toBe(23 * HOUR);
    expect(iso(cal.nextClose(at('2026-03-29T00:00Z')))).toBe('2026-03-29T23:00:00.000Z');
    // Sun 25 Oct: 00:00 BST = Sat 23:00Z to 24:00 GMT = Mon 00:00Z.
    expect(iso(cal.nextOpen(at('2026-10-24T12:00Z')))).toBe('2026-10-24T23:00:00.000Z');
    expect(cal.between(at('2026-10-24T12:00Z'), at('2026-10-26T12:00Z'))).toBe(25 * HOUR);
  });

  it('Cairo, Friday 24 April 2026 (Egypt, DST law of 2023): a Friday 00:00–24:00 window starts at 01:00 EEST', () => {
    // Friday 00:00 EET does not exist; the instant after the gap is 01:00 EEST = Thu 22:00Z; 24:00 EEST = 21:00Z.
    const cal = calendar({ zone: 'Africa/Cairo', weekly: [{ days: ['fri'], start: 0, end: 1440 }] });
    expect(
      cal.openWindows(at('2026-04-23T00:00Z'), at('2026-04-26T00:00Z')).map((w) => [iso(w.start), iso(w.end)]),
    ).toEqual([['2026-04-23T22:00:00.000Z', '2026-04-24T21:00:00.000Z']]);
  });

  it('Cairo, Thursday 29 October 2026 (Egypt, DST law of 2023): 18:00–24:00 ends after the repeated hour', () => {
    // 18:00 EEST = 15:00Z; Thursday 24:00 is Friday 00:00 EET = 22:00Z, after 23:00–24:00 happens twice: 7 hours.
    const cal = calendar({ zone: 'Africa/Cairo', weekly: [{ days: ['thu'], start: 18 * 60, end: 1440 }] });
    expect(
      cal.openWindows(at('2026-10-29T00:00Z'), at('2026-10-30T12:00Z')).map((w) => [iso(w.start), iso(w.end)]),
    ).toEqual([['2026-10-29T15:00:00.000Z', '2026-10-29T22:00:00.000Z']]);
    // Thursday 23:30 is ambiguous: 23:30 EEST = 20:30Z is the earlier instant.
    const late = calendar({ zone: 'Africa/Cairo', weekly: [{ days: ['thu'], start: 23 * 60 + 30, end: 1440 }] });
    expect(iso(late.nextOpen(at('2026-10-29T00:00Z')))).toBe('2026-10-29T20:30:00.000Z');
  });
});
