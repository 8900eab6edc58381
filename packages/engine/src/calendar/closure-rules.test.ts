// Closed dates: partial-day closures, explicit dates, provider-published lists replaced at run time, holiday
// sets (including holidays of several days), and closures meeting overnight windows across New Year.
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './business-calendar.js';
import type { ClosedDate, ClosureRule, Weekday } from './calendar-spec.js';
import { at, calendar, HOUR, tactful } from './calendar-test-kit.js';

const MIN = 60_000;
const MON_FRI: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ALL: Weekday[] = [...MON_FRI, 'sat', 'sun'];
const iso = (t: number) => new Date(t).toISOString();
const utc = (text: string) => iso(at(text));
const spans = (cal: BusinessCalendar, from: string, to: string) =>
  cal.openWindows(at(from), at(to)).map((w) => [iso(w.start), iso(w.end)]);
const closed = (date: string, from = 0, to = 1440, name = 'closed'): ClosedDate => ({ date, from, to, name });

/** Mon–Fri 08:00–17:00 America/Los_Angeles (Invoca's hours) with the given closures. */
const pacificOffice = (closures: ClosureRule[], name = 'pacific') =>
  calendar({ zone: 'America/Los_Angeles', weekly: [{ days: MON_FRI, start: 8 * 60, end: 17 * 60 }], closures }, name);

describe('partial-day closures', () => {
  // December 2026 is PST (UTC−8; US DST ended 1 November 2026). Thu 24 Dec 2026 is a working day; Fri 25 Dec
  // is Christmas Day, a US public holiday (5 U.S.C. 6103).
  const cal = pacificOffice([
    { kind: 'holidays', country: 'US', types: ['public'] },
    { kind: 'dates', dates: [closed('2026-12-24', 12 * 60, 1440, 'Christmas Eve afternoon')] },
  ]);

  it('closes only its hours: Christmas Eve is open 08:00–12:00 PST', () => {
    expect(spans(cal, '2026-12-24T08:00Z', '2026-12-26T08:00Z')).toEqual([
      [utc('2026-12-24T16:00Z'), utc('2026-12-24T20:00Z')],
    ]);
    expect(cal.isOpen(at('2026-12-24T20:00Z') - 1)).toBe(true);
    expect(cal.isOpen(at('2026-12-24T20:00Z'))).toBe(false);
    expect(iso(cal.nextClose(at('2026-12-24T17:00Z')))).toBe(utc('2026-12-24T20:00Z'));
  });

  it('a deadline that reaches the start of the closure ends there', () => {
    // Thu 24 Dec 11:00 PST = 19:00Z + 1h = 12:00 PST = 20:00Z, the closing instant.
    expect(iso(cal.add(at('2026-12-24T19:00Z'), HOUR))).toBe(utc('2026-12-24T20:00Z'));
    // + 2h: 1h on Thursday, Friday Christmas, weekend, Mon 28 Dec 08:00 PST (16:00Z) + 1h.
    expect(iso(cal.add(at('2026-12-24T19:00Z'), 2 * HOUR))).toBe(utc('2026-12-28T17:00Z'));
  });

  it('a closure in the middle of the day splits the window', () => {
    // Mon 7 Dec 2026, lunch 12:00–13:30 PST closed: 08:00–12:00 and 13:30–17:00 PST remain (7.5h).
    const lunch = pacificOffice([{ kind: 'dates', dates: [closed('2026-12-07', 12 * 60, 13 * 60 + 30)] }]);
    expect(spans(lunch, '2026-12-07T00:00Z', '2026-12-08T12:00Z')).toEqual([
      [utc('2026-12-07T16:00Z'), utc('2026-12-07T20:00Z')],
      [utc('2026-12-07T21:30Z'), utc('2026-12-08T01:00Z')],
    ]);
    expect(lunch.between(at('2026-12-07T00:00Z'), at('2026-12-08T08:00Z'))).toBe(7.5 * HOUR);
    // 11:00 PST + 2h: 1h to 12:00, then from 13:30 another hour → 14:30 PST = 22:30Z.
    expect(iso(lunch.add(at('2026-12-07T19:00Z'), 2 * HOUR))).toBe(utc('2026-12-07T22:30Z'));
  });

  it('a closure that starts inside the DST gap starts at the end of the gap', () => {
    // UK summer time began Sun 29 March 2026 at 01:00 UTC: 01:00–02:00 GMT does not exist. A 24x7 London calendar
    // closed 00:30–01:30 local that day is closed 00:30 GMT (00:30Z) to 02:00 BST (01:00Z): 30 real minutes.
    const cal24 = calendar({
      zone: 'Europe/London',
      weekly: '24x7',
      closures: [{ kind: 'dates', dates: [closed('2026-03-29', 30, 90)] }],
    });
    expect(cal24.between(at('2026-03-29T00:00Z'), at('2026-03-29T02:00Z'))).toBe(90 * MIN);
    expect(cal24.isOpen(at('2026-03-29T00:45Z'))).toBe(false);
    expect(iso(cal24.nextOpen(at('2026-03-29T00:45Z')))).toBe(utc('2026-03-29T01:00Z'));
  });
});

describe('explicit closed dates', () => {
  it('close whole days, in the calendar zone', () => {
    // Wed 9 Dec 2026 closed by the contract: Tue 16:00 PST (Wed 00:00Z) + 2h → Tue 1h, Thu 10 Dec 08:00 PST + 1h.
    const cal = pacificOffice([{ kind: 'dates', dates: [closed('2026-12-09')] }]);
    expect(cal.between(at('2026-12-09T08:00Z'), at('2026-12-10T08:00Z'))).toBe(0);
    expect(iso(cal.add(at('2026-12-09T00:00Z'), 2 * HOUR))).toBe(utc('2026-12-10T17:00Z'));
  });

  it('overlapping closures count once and dates of other years are ignored', () => {
    const cal = pacificOffice([
      { kind: 'dates', dates: [closed('2026-12-09', 8 * 60, 13 * 60), closed('2027-12-09')] },
      { kind: 'dates', dates: [closed('2026-12-09', 10 * 60, 12 * 60), closed('2026-12-09', 12 * 60, 14 * 60)] },
    ]);
    // Wed 9 Dec 2026 is closed 08:00–14:00 PST: 14:00–17:00 remain (3h).
    expect(cal.between(at('2026-12-09T08:00Z'), at('2026-12-10T08:00Z'))).toBe(3 * HOUR);
    // Thu 9 Dec 2027 is closed entirely; 2025's 9 December (Tuesday) is open 9 hours.
    expect(cal.between(at('2027-12-09T08:00Z'), at('2027-12-10T08:00Z'))).toBe(0);
    expect(cal.between(at('2025-12-09T08:00Z'), at('2025-12-10T08:00Z'))).toBe(9 * HOUR);
  });
});

describe('provider-published lists', () => {
  // Invoca's contract closes "holidays as published by Invoca": a list that can change while clocks run.
  // Late December 2026 is PST (UTC−8; US DST ended 1 November 2026), so a local day runs 08:00Z–08:00Z;
  // Thu 24 and Thu 31 December 2026 are weekdays and not US public holidays.
  const initial = [closed('2026-12-24', 0, 1440, 'Christmas Eve')];
  const original = pacificOffice([{ kind: 'published', list: 'invoca-holidays', initial }], 'invoca');

  it('replacing the list gives a new calendar that sees the new dates, and leaves the old one unchanged', () => {
    // Query the original first so its year lists are already built when the list is replaced.
    const thu24 = [at('2026-12-24T08:00Z'), at('2026-12-25T08:00Z')] as const; // Thu 24 Dec 2026 local day
    const thu31 = [at('2026-12-31T08:00Z'), at('2027-01-01T08:00Z')] as const; // Thu 31 Dec 2026 local day
    expect(original.between(...thu24)).toBe(0);
    expect(original.between(...thu31)).toBe(9 * HOUR);

    const updated = original.withPublishedList('invoca-holidays', [closed('2026-12-31', 0, 1440, "New Year's Eve")]);
    expect(updated).not.toBe(original);
    expect(updated.name).toBe('invoca');
    expect(updated.between(...thu24)).toBe(9 * HOUR);
    expect(updated.between(...thu31)).toBe(0);
    // The original still answers from the list it was built with.
    expect(original.between(...thu24)).toBe(0);
    expect(original.between(...thu31)).toBe(9 * HOUR);
    // Replacing again starts from the contract's rules, not from the previous replacement.
    const emptied = updated.withPublishedList('invoca-holidays', []);
    expect(emptied.between(...thu24)).toBe(9 * HOUR);
    expect(emptied.between(...thu31)).toBe(9 * HOUR);
  });

  it('a list the calendar does not use changes nothing', () => {
    const other = original.withPublishedList('someone-else', [closed('2026-12-31')]);
    expect(other.between(at('2026-12-31T08:00Z'), at('2027-01-01T08:00Z'))).toBe(9 * HOUR);
    expect(other.between(at('2026-12-24T08:00Z'), at('2026-12-25T08:00Z'))).toBe(0);
  });

  it('a published partial day is honoured', () => {
    // Published: Thu 31 Dec 2026 closes at 13:00 PST → 08:00–13:00 (5h) open.
    const halfDay = original.withPublishedList('invoca-holidays', [closed('2026-12-31', 13 * 60, 1440)]);
    expect(halfDay.between(at('2026-12-31T08:00Z'), at('2027-01-01T08:00Z'))).toBe(5 * HOUR);
    expect(iso(halfDay.nextClose(at('2026-12-31T17:00Z')))).toBe(utc('2026-12-31T21:00Z'));
  });
});

describe('holiday sets', () => {
  it('a public holiday of several days closes every day it spans (Egypt, Eid al-Adha 2026)', () => {
    // date-holidays (EG) lists Eid al-Adha 2026 from 27 May for four days (rule "10 Dhu al-Hijjah P4D"):
    // Wed 27 – Sat 30 May. Tactful works Sun–Fri 09:00–17:00 Cairo (EEST, UTC+3, Egypt DST since 2023).
    const cal = tactful();
    for (const date of ['2026-05-27', '2026-05-28', '2026-05-29']) {
      expect(cal.between(at(`${date}T00:00Z`), at(`${date}T23:59Z`)), date).toBe(0);
    }
    // The working days either side are open: Tue 26 and Sun 31 May 09:00–17:00 EEST = 06:00–14:00Z.
    expect(spans(cal, '2026-05-26T00:00Z', '2026-06-01T00:00Z')).toEqual([
      [utc('2026-05-26T06:00Z'), utc('2026-05-26T14:00Z')],
      [utc('2026-05-31T06:00Z'), utc('2026-05-31T14:00Z')],
    ]);
  });

  it('Eid al-Fitr 2025 spans the end of March and the start of April (Egypt)', () => {
    // date-holidays (EG): Eid al-Fitr 2025 from Sun 30 March for three days (rule "1 Shawwal P3D"): 30, 31 March
    // and 1 April. Egypt was on EET (UTC+2) until Fri 25 April 2025. Wed 2 April 09:00 EET = 07:00Z opens.
    const cal = tactful();
    expect(cal.between(at('2025-03-29T22:00Z'), at('2025-04-01T22:00Z'))).toBe(0);
    expect(iso(cal.nextOpen(at('2025-03-29T22:00Z')))).toBe(utc('2025-04-02T07:00Z'));
  });

  it('holidays from two countries are both closed (US Thanksgiving, Canada Day)', () => {
    // US Thanksgiving: fourth Thursday of November (26 Nov 2026). Canada Day: 1 July (Wednesday in 2026).
    const both = pacificOffice([
      { kind: 'holidays', country: 'US', types: ['public'] },
      { kind: 'holidays', country: 'CA', types: ['public'] },
    ]);
    expect(both.isOpen(at('2026-11-26T18:00Z'))).toBe(false);
    expect(both.isOpen(at('2026-07-01T18:00Z'))).toBe(false);
    expect(both.isOpen(at('2026-07-02T18:00Z'))).toBe(true);
  });

  it('types filter the set: observances such as Valentine’s Day and optional days such as Christmas Eve stay open', () => {
    // date-holidays (US): 24 December is type "optional", 14 February "observance"; Mon 14 Feb 2028 is a weekday.
    const us = pacificOffice([{ kind: 'holidays', country: 'US', types: ['public'] }]);
    expect(us.between(at('2026-12-24T08:00Z'), at('2026-12-25T08:00Z'))).toBe(9 * HOUR);
    expect(us.between(at('2028-02-14T08:00Z'), at('2028-02-15T08:00Z'))).toBe(9 * HOUR);
    const withOptional = pacificOffice([{ kind: 'holidays', country: 'US', types: ['public', 'optional'] }]);
    expect(withOptional.between(at('2026-12-24T08:00Z'), at('2026-12-25T08:00Z'))).toBe(0);
  });
});

describe('closures meeting overnight windows across Christmas and New Year', () => {
  // 22:00–06:00 every night in New York (EST, UTC−5 in winter; US DST ended 1 Nov 2026). US public holidays:
  // Christmas Fri 25 Dec 2026 and New Year's Day Fri 1 Jan 2027 (5 U.S.C. 6103). A closed date closes its own
  // local 00:00–24:00 only, so each holiday cuts the end of one night and the start of the next.
  const spec = {
    zone: 'America/New_York',
    weekly: [{ days: ALL, start: 22 * 60, end: 6 * 60 }],
    closures: [{ kind: 'holidays' as const, country: 'US', types: ['public'] }],
  };

  const expected = [
    ['2026-12-24T03:00Z', '2026-12-24T11:00Z'], // Wed 23 22:00 → Thu 24 06:00 EST
    ['2026-12-25T03:00Z', '2026-12-25T05:00Z'], // Thu 24 22:00 → 24:00 (Christmas closed)
    ['2026-12-26T05:00Z', '2026-12-26T11:00Z'], // (Christmas closed) Sat 26 00:00 → 06:00
    ['2026-12-27T03:00Z', '2026-12-27T11:00Z'], // Sat 26 22:00 → Sun 27 06:00
  ].map(([s, e]) => [utc(s!), utc(e!)]);
  const newYear = [
    ['2026-12-31T03:00Z', '2026-12-31T11:00Z'], // Wed 30 22:00 → Thu 31 06:00
    ['2027-01-01T03:00Z', '2027-01-01T05:00Z'], // Thu 31 22:00 → 24:00 (New Year's Day closed)
    ['2027-01-02T05:00Z', '2027-01-02T11:00Z'], // Sat 2 00:00 → 06:00
  ].map(([s, e]) => [utc(s!), utc(e!)]);

  it('Christmas cuts the nights either side of it', () => {
    expect(spans(calendar(spec), '2026-12-24T00:00Z', '2026-12-27T12:00Z')).toEqual(expected);
  });

  it('New Year’s Day cuts the night that crosses New Year, whichever year is built first', () => {
    // A fresh calendar asked first about 2027, then 2026, and one asked first about 2026, agree.
    const from2027 = calendar(spec);
    expect(from2027.isOpen(at('2027-01-02T06:00Z'))).toBe(true);
    expect(spans(from2027, '2026-12-31T00:00Z', '2027-01-02T12:00Z')).toEqual(newYear);
    expect(spans(calendar(spec), '2026-12-31T00:00Z', '2027-01-02T12:00Z')).toEqual(newYear);
    // Thu 31 Dec 23:00 EST (Fri 04:00Z) + 2h: 1h to midnight, then Sat 2 Jan 00:00 EST (05:00Z) + 1h.
    expect(iso(calendar(spec).add(at('2027-01-01T04:00Z'), 2 * HOUR))).toBe(utc('2027-01-02T06:00Z'));
    expect(iso(calendar(spec).nextClose(at('2027-01-01T04:00Z')))).toBe(utc('2027-01-01T05:00Z'));
  });

  it('partial closures on both sides of midnight inside a night that crosses New Year (UTC)', () => {
    // UTC (no DST). Thu 31 Dec 2026 22:00 → Fri 1 Jan 2027 06:00 is one window across the year end; closing
    // 31 Dec from 23:00 and 1 Jan to 01:00 leaves 22:00–23:00 and 01:00–06:00.
    const cal = calendar({
      zone: 'UTC',
      weekly: [{ days: ['thu'], start: 22 * 60, end: 6 * 60 }],
      closures: [{ kind: 'dates', dates: [closed('2026-12-31', 23 * 60, 1440), closed('2027-01-01', 0, 60)] }],
    });
    expect(spans(cal, '2026-12-31T00:00Z', '2027-01-02T00:00Z')).toEqual([
      [utc('2026-12-31T22:00Z'), utc('2026-12-31T23:00Z')],
      [utc('2027-01-01T01:00Z'), utc('2027-01-01T06:00Z')],
    ]);
    expect(iso(cal.add(at('2026-12-31T22:30Z'), HOUR))).toBe(utc('2027-01-01T01:30Z'));
  });
});
