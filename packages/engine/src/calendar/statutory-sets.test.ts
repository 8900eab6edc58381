// Named statutory holiday sets, checked date by date against the law and the governments' published lists.
import { describe, expect, it } from 'vitest';
import { statutoryDatesOfYear } from './statutory-sets.js';
import { at, calendar, HOUR } from './calendar-test-kit.js';

const dates = (set: string, year: number) => statutoryDatesOfYear(set, year).map((d) => `${d.date} ${d.name}`);

describe('CA-federal: Canada Labour Code s.166 general holidays, moved per s.193(2)', () => {
  // Source of each date: the Code's list (s.166), the rules that fix the movable days (Holidays Act s.2: Victoria
  // Day is the Monday before 25 May; Thanksgiving the second Monday of October by annual proclamation; Good Friday
  // two days before Easter Sunday: 5 April 2026, 28 March 2027), and s.193(2): New Year's Day, Canada Day,
  // Remembrance Day, Christmas Day and Boxing Day on a non-working Saturday or Sunday give the next working day.
  it('2026: ten days, Boxing Day (Saturday) on Monday 28 December', () => {
    expect(dates('CA-federal', 2026)).toEqual([
      "2026-01-01 New Year's Day", // Thursday
      '2026-04-03 Good Friday',
      '2026-05-18 Victoria Day',
      '2026-07-01 Canada Day', // Wednesday
      '2026-09-07 Labour Day',
      '2026-09-30 National Day for Truth and Reconciliation', // Wednesday
      '2026-10-12 Thanksgiving Day',
      '2026-11-11 Remembrance Day', // Wednesday
      '2026-12-25 Christmas Day', // Friday
      '2026-12-26 Boxing Day', // Saturday: a non-working day...
      '2026-12-28 Boxing Day', // ...so the following working day, Monday (s.193(2))
    ]);
  });

  it('2027: Christmas (Saturday) on Monday 27 and Boxing Day (Sunday) on Tuesday 28 December', () => {
    expect(dates('CA-federal', 2027)).toEqual([
      "2027-01-01 New Year's Day", // Friday
      '2027-03-26 Good Friday',
      '2027-05-24 Victoria Day',
      '2027-07-01 Canada Day', // Thursday
      '2027-09-06 Labour Day',
      '2027-09-30 National Day for Truth and Reconciliation', // Thursday
      '2027-10-11 Thanksgiving Day',
      '2027-11-11 Remembrance Day', // Thursday
      '2027-12-25 Christmas Day',
      '2027-12-26 Boxing Day',
      '2027-12-27 Christmas Day',
      '2027-12-28 Boxing Day',
    ]);
  });

  it('Canada Day on a Sunday is Monday 2 July (Holidays Act s.2(1); 1 July 2029 is a Sunday)', () => {
    expect(dates('CA-federal', 2029).filter((d) => d.includes('Canada'))).toEqual([
      '2029-07-01 Canada Day',
      '2029-07-02 Canada Day',
    ]);
  });

  it('the National Day for Truth and Reconciliation exists from 2021 (S.C. 2021, c. 11)', () => {
    expect(dates('CA-federal', 2020).some((d) => d.includes('Truth'))).toBe(false);
    expect(dates('CA-federal', 2021)).toContain('2021-09-30 National Day for Truth and Reconciliation');
  });
});

describe('US-federal: 5 U.S.C. 6103, Saturday holidays on Friday and Sunday holidays on Monday', () => {
  // Source: OPM's federal holiday lists for 2026 and 2027 (opm.gov, Policy, Data, Oversight > Pay & Leave >
  // Federal Holidays), which apply 5 U.S.C. 6103(b) and E.O. 11582. The observed day closes with the day itself.
  it('2026: Independence Day (Saturday) observed Friday 3 July', () => {
    expect(dates('US-federal', 2026)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-01-19 Birthday of Martin Luther King, Jr.',
      "2026-02-16 Washington's Birthday",
      '2026-05-25 Memorial Day',
      '2026-06-19 Juneteenth National Independence Day', // Friday
      '2026-07-03 Independence Day',
      '2026-07-04 Independence Day',
      '2026-09-07 Labor Day',
      '2026-10-12 Columbus Day',
      '2026-11-11 Veterans Day',
      '2026-11-26 Thanksgiving Day',
      '2026-12-25 Christmas Day',
    ]);
  });

  it("2027: Juneteenth and Christmas observed on Fridays, Independence Day on Monday, and 2028's New Year's Day on Friday 31 December", () => {
    expect(dates('US-federal', 2027)).toEqual([
      "2027-01-01 New Year's Day",
      '2027-01-18 Birthday of Martin Luther King, Jr.',
      "2027-02-15 Washington's Birthday",
      '2027-05-31 Memorial Day',
      '2027-06-18 Juneteenth National Independence Day',
      '2027-06-19 Juneteenth National Independence Day',
      '2027-07-04 Independence Day',
      '2027-07-05 Independence Day',
      '2027-09-06 Labor Day',
      '2027-10-11 Columbus Day',
      '2027-11-11 Veterans Day',
      '2027-11-25 Thanksgiving Day',
      '2027-12-24 Christmas Day',
      '2027-12-25 Christmas Day',
      "2027-12-31 New Year's Day", // 1 January 2028 is a Saturday
    ]);
  });
});

describe('TechJutsu §1.2 business days with both federal sets', () => {
  // SCSS §1.2 "Monday to Friday excluding US and Canadian statutory holidays"; hours 09:00–17:00 Toronto
  // (America/Toronto, EDT = UTC−4 in May 2026).
  const cal = calendar(
    {
      zone: 'America/Toronto',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: 9 * 60, end: 17 * 60 }],
      closures: [
        { kind: 'statutory', set: 'US-federal' },
        { kind: 'statutory', set: 'CA-federal' },
      ],
    },
    'techjutsu-toronto',
  );

  it('a 2-hour P1 opened Friday 15 May 2026 16:00 is due Tuesday 19 May 10:00, not on Victoria Day', () => {
    // Friday 16:00–17:00 is one hour; Monday 18 May is Victoria Day (Canada Labour Code s.166); Tuesday 09:00 + 1h.
    expect(new Date(cal.add(at('2026-05-15T20:00Z'), 2 * HOUR)).toISOString()).toBe('2026-05-19T14:00:00.000Z');
  });

  it('the US Memorial Day (Monday 25 May 2026) and Canada Day (Wednesday 1 July 2026) are both closed', () => {
    expect(cal.between(at('2026-05-25T00:00Z'), at('2026-05-26T00:00Z'))).toBe(0);
    expect(cal.between(at('2026-07-01T00:00Z'), at('2026-07-02T00:00Z'))).toBe(0);
  });
});
