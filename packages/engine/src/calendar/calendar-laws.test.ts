// Properties every business calendar must satisfy, checked with fast-check over instants in 2025–2027 (biased
// towards quarter hours, where windows open and close, and towards the DST changes of each zone) and durations
// up to 40 business hours. Seeded, so every run checks the same cases.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './business-calendar.js';
import type { CalendarSpec } from './calendar-spec.js';
import { calendar, HOUR, invoca, numonix, securenvoy, tactful, techjutsu } from './calendar-test-kit.js';

const MIN = 60_000;
const FROM = Date.parse('2025-01-01T00:00:00Z');
const TO = Date.parse('2028-01-01T00:00:00Z');
const RUNS = { seed: 20_260_308, numRuns: 150 };

/** Every offset change of `zone` in [FROM, TO), from the runtime's time zone data. */
function transitions(zone: string): number[] {
  const out: number[] = [];
  let z: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(FROM).toZonedDateTimeISO(zone);
  while ((z = z.getTimeZoneTransition('next')) && z.epochMilliseconds < TO) out.push(z.epochMilliseconds);
  return out;
}

function instants(zone: string): fc.Arbitrary<number> {
  const changes = transitions(zone);
  const quarter = 15 * MIN;
  const arbitraries = [
    fc.integer({ min: FROM, max: TO - 1 }),
    fc.integer({ min: 0, max: (TO - FROM) / quarter - 1 }).map((q) => FROM + q * quarter),
  ];
  if (changes.length > 0) {
    arbitraries.push(
      fc
        .tuple(fc.constantFrom(...changes), fc.integer({ min: -12, max: 12 }), fc.integer({ min: -1, max: 1 }))
        .map(([t, q, ms]) => t + q * quarter + ms),
    );
  }
  return fc.oneof(...arbitraries);
}

const durations = fc.oneof(
  fc.integer({ min: 0, max: 40 * HOUR }),
  fc.integer({ min: 0, max: 40 * 4 }).map((q) => q * 15 * MIN),
);
const positive = durations.map((d) => Math.max(1, d));

// The seed calendars, plus calendars whose windows meet the DST changes head on: overnight windows and a
// 01:00–04:00 Sunday window across the US changes (second Sunday of March, first of November, Energy Policy Act
// 2005); split days, a 24:00 end touching the next day's 00:00 and a partial closure in London (UK changes at
// 01:00 UTC on the last Sundays of March and October); a Thursday-night window across Egypt's changes at
// Thursday 24:00 (DST since 2023: last Friday of April, last Thursday of October).
const specs: Record<string, () => BusinessCalendar> = {
  Invoca: invoca,
  Tactful: tactful,
  SecurEnvoy: securenvoy,
  TechJutsu: techjutsu,
  Numonix: numonix,
  'Los Angeles nights and Sunday 01:00–04:00': () =>
    calendar({
      zone: 'America/Los_Angeles',
      weekly: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: 22 * 60, end: 6 * 60 },
        { days: ['sun'], start: 60, end: 240 },
      ],
      closures: [{ kind: 'holidays', country: 'US', types: ['public'] }],
    }),
  'London split days to 24:00': () =>
    calendar({
      zone: 'Europe/London',
      weekly: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: 0, end: 120 },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: 9 * 60, end: 12 * 60 },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: 13 * 60, end: 1440 },
      ],
      closures: [
        { kind: 'holidays', country: 'GB', region: 'ENG', types: ['public'] },
        { kind: 'dates', dates: [{ date: '2026-03-28', from: 600, to: 840, name: 'partial' }] },
      ],
    }),
  'Cairo Thursday nights': () =>
    calendar({
      zone: 'Africa/Cairo',
      weekly: [{ days: ['thu', 'fri'], start: 20 * 60, end: 3 * 60 }],
      closures: [{ kind: 'holidays', country: 'EG', types: ['public'] }],
    } satisfies Omit<CalendarSpec, 'name'>),
  'Los Angeles 24x7': () => calendar({ zone: 'America/Los_Angeles', weekly: '24x7' }),
};

describe.each(Object.entries(specs))('%s', (_name, make) => {
  const cal = make();
  const t = instants(cal.zone);

  it('between(t, add(t, d)) === d', () => {
    fc.assert(
      fc.property(t, durations, (start, d) => {
        expect(cal.between(start, cal.add(start, d))).toBe(d);
      }),
      RUNS,
    );
  });

  it('add is monotonic in t and in d', () => {
    fc.assert(
      fc.property(t, t, durations, durations, (t1, t2, d1, d2) => {
        const [a, b] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const [c, e] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(cal.add(a, c)).toBeLessThanOrEqual(cal.add(b, c));
        expect(cal.add(a, c)).toBeLessThanOrEqual(cal.add(a, e));
      }),
      RUNS,
    );
  });

  it('between is additive: between(a, b) + between(b, c) === between(a, c) for a <= b <= c', () => {
    fc.assert(
      fc.property(t, t, t, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        expect(cal.between(a, b) + cal.between(b, c)).toBe(cal.between(a, c));
        expect(cal.between(b, a) + cal.between(a, b)).toBe(0);
      }),
      RUNS,
    );
  });

  it('add(t, d > 0) is open or exactly a closing instant, and is the earliest such instant', () => {
    fc.assert(
      fc.property(t, positive, (start, d) => {
        const r = cal.add(start, d);
        expect(r).toBeGreaterThan(start);
        if (!cal.isOpen(r)) {
          // Closed at r: r must be the end of the open period just before it.
          expect(cal.isOpen(r - 1)).toBe(true);
          expect(cal.nextClose(r - 1)).toBe(r);
        }
        expect(cal.between(start, r - 1)).toBeLessThan(d);
      }),
      RUNS,
    );
  });

  it('nextOpen and nextClose bound the next open period', () => {
    fc.assert(
      fc.property(t, (x) => {
        const open = cal.nextOpen(x);
        const close = cal.nextClose(x);
        expect(open).toBeGreaterThanOrEqual(x);
        expect(cal.isOpen(open)).toBe(true);
        expect(cal.between(x, open)).toBe(0);
        expect(cal.isOpen(x)).toBe(open === x);
        expect(close).toBeGreaterThan(open);
        if (close === Infinity) return; // 24x7 never closes
        expect(cal.isOpen(close)).toBe(false);
        expect(cal.isOpen(close - 1)).toBe(true);
        expect(cal.between(open, close)).toBe(close - open);
      }),
      RUNS,
    );
  });

  it('openWindows are sorted, disjoint, maximal, clipped to [a, b) and add up to between(a, b)', () => {
    fc.assert(
      fc.property(t, fc.integer({ min: 0, max: 10 * 24 * HOUR }), (a, span) => {
        const b = a + span;
        const windows = cal.openWindows(a, b);
        let sum = 0;
        let previousEnd = -Infinity;
        for (const w of windows) {
          expect(w.start).toBeGreaterThan(previousEnd); // disjoint and not touching: touching periods merge
          expect(w.end).toBeGreaterThan(w.start);
          expect(w.start).toBeGreaterThanOrEqual(a);
          expect(w.end).toBeLessThanOrEqual(b);
          expect(cal.isOpen(w.start)).toBe(true);
          expect(w.start === a || !cal.isOpen(w.start - 1)).toBe(true);
          expect(w.end === b || !cal.isOpen(w.end)).toBe(true);
          sum += w.end - w.start;
          previousEnd = w.end;
        }
        expect(sum).toBe(cal.between(a, b));
      }),
      RUNS,
    );
  });

  it('answers do not depend on which years were built first', () => {
    fc.assert(
      fc.property(t, t, durations, (x, y, d) => {
        const first = make();
        const second = make();
        const fx = first.add(x, d);
        const fy = first.add(y, d);
        const sy = second.add(y, d);
        const sx = second.add(x, d);
        expect([fx, fy]).toEqual([sx, sy]);
        expect(first.between(x, y)).toBe(second.between(x, y));
      }),
      { ...RUNS, numRuns: 6 },
    );
  });
});
