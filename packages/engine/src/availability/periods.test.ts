import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from './periods.js';

const iso = (p: Period | string) =>
  typeof p === 'string' ? p : [p.start, p.end].map((t) => new Date(t).toISOString());

describe('ISO week periods', () => {
  // Real-world calendar facts (ISO 8601 weeks): 1 January 2026 is a Thursday, so 2026 has 53 weeks, week 1 starting
  // Monday 29 December 2025 and week 53 Monday 28 December 2026. 1 January 2027 is a Friday: 2027 has 52 weeks.
  // 31 December 2025 is a Wednesday, already in week 1 of 2026: 2025 has 52 weeks.
  it('knows how many weeks each year has', () => {
    expect(iso(parsePeriod('2026-W01', 'UTC'))).toEqual(['2025-12-29T00:00:00.000Z', '2026-01-05T00:00:00.000Z']);
    expect(iso(parsePeriod('2026-W53', 'UTC'))).toEqual(['2026-12-28T00:00:00.000Z', '2027-01-04T00:00:00.000Z']);
    expect(parsePeriod('2026-W54', 'UTC')).toBe('no week 54 in 2026 (it has 53)');
    expect(parsePeriod('2027-W53', 'UTC')).toBe('no week 53 in 2027 (it has 52)');
    expect(iso(parsePeriod('2025-W10', 'UTC'))).toEqual(['2025-03-03T00:00:00.000Z', '2025-03-10T00:00:00.000Z']);
    expect(iso(parsePeriod('2025-W52', 'UTC'))).toEqual(['2025-12-22T00:00:00.000Z', '2025-12-29T00:00:00.000Z']);
    expect(parsePeriod('2025-W53', 'UTC')).toBe('no week 53 in 2025 (it has 52)');
    expect(parsePeriod('2026-W00', 'UTC')).toBe('no week 00 in 2026 (it has 53)');
  });

  // Real-world fact: Europe/Berlin moves to summer time on Sunday 29 March 2026 (week 13), so that week is an hour
  // shorter and starts at 23:00 UTC the Sunday before.
  it('starts and ends at local midnight, a DST week an hour short', () => {
    const week = parsePeriod('2026-W13', 'Europe/Berlin') as Period;
    expect(iso(week)).toEqual(['2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    expect(week.end - week.start).toBe(7 * 86_400_000 - 3_600_000);
  });
});
