import { describe, expect, it } from 'vitest';
import { repeatedWindows } from './repeated-windows.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('a maintenance window repeated at the same local time', () => {
  it("keeps Tactful's Sunday 18:00 in Cairo across Egypt's DST start", () => {
    // Real-world fact (tzdata, Egypt's 2023 reinstatement of DST): Cairo moves from UTC+2 to UTC+3 at 00:00 on the
    // last Friday of April, Friday 24 April 2026. Sunday 19 April 18:00 is 16:00Z; Sunday 26 April 18:00 is 15:00Z.
    const weeks = repeatedWindows(
      { start: at('2026-04-19T16:00:00Z'), end: at('2026-04-19T22:00:00Z') },
      { every: 'week', count: 3, zone: 'Africa/Cairo' },
    );
    expect(weeks.map((w) => [iso(w.start), iso(w.end)])).toEqual([
      ['2026-04-19T16:00:00.000Z', '2026-04-19T22:00:00.000Z'],
      ['2026-04-26T15:00:00.000Z', '2026-04-26T21:00:00.000Z'],
      ['2026-05-03T15:00:00.000Z', '2026-05-03T21:00:00.000Z'],
    ]);
  });

  it('moves a start in a spring-forward gap to the end of the gap, and repeats daily in UTC unchanged', () => {
    // Real-world fact: New York springs forward on Sunday 8 March 2026 at 02:00 EST to 03:00 EDT, so 02:30 that
    // day does not exist; 02:30 EST on Saturday 7 March is 07:30Z, and the gap ends at 03:00 EDT = 07:00Z on the 8th.
    const days = repeatedWindows(
      { start: at('2026-03-07T07:30:00Z'), end: at('2026-03-07T08:30:00Z') },
      { every: 'day', count: 3, zone: 'America/New_York' },
    );
    expect(days.map((d) => iso(d.start))).toEqual([
      '2026-03-07T07:30:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-09T06:30:00.000Z',
    ]);
    // Each lasts as long as the first, in real time.
    expect(days.every((d) => d.end - d.start === 3_600_000)).toBe(true);
    const utc = repeatedWindows(
      { start: at('2026-03-07T07:30:15Z'), end: at('2026-03-07T08:00:00Z') },
      {
        every: 'day',
        count: 2,
        zone: 'UTC',
      },
    );
    expect(utc.map((d) => iso(d.start))).toEqual(['2026-03-07T07:30:15.000Z', '2026-03-08T07:30:15.000Z']);
  });

  it('refuses a series without occurrences or longer than two years of weeks', () => {
    const w = { start: 0, end: 1 };
    expect(() => repeatedWindows(w, { every: 'week', count: 0, zone: 'UTC' })).toThrow(RangeError);
    expect(() => repeatedWindows(w, { every: 'week', count: 105, zone: 'UTC' })).toThrow(
      'a series has from 1 to 104 occurrences, not 105',
    );
  });
});
