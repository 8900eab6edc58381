// Hand-worked cases for the calendar of each seed contract. Every expected instant is written out in UTC,
// with the local wall time and UTC offset it was worked from next to it.
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './business-calendar.js';
import { at, HOUR, invoca, numonix, securenvoy, tactful, techjutsu } from './calendar-test-kit.js';

const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();
/** Normalises a hand-written UTC instant ("2026-07-06T16:00Z") to the form `iso` prints. */
const utc = (text: string) => iso(at(text));

/** [what, start (UTC), business hours to add, expected deadline (UTC)] */
type AddCase = [string, string, number, string];

function addCases(cal: BusinessCalendar, cases: AddCase[]) {
  it.each(cases)('%s', (_what, from, hours, expected) => {
    expect(iso(cal.add(at(from), hours * HOUR))).toBe(utc(expected));
  });
}

function windows(cal: BusinessCalendar, from: string, to: string): [string, string][] {
  return cal.openWindows(at(from), at(to)).map((w) => [iso(w.start), iso(w.end)]);
}

// Invoca: Mon–Fri 08:00–17:00 America/Los_Angeles, US public holidays.
// Facts: US DST 2026 runs Sunday 8 March 02:00 → Sunday 1 November 02:00 local (Energy Policy Act 2005), so
// PST = UTC−8 before and after, PDT = UTC−7 between. US public holidays per date-holidays (federal list):
// Independence Day 4 July 2026 is a Saturday, observed Friday 3 July (5 U.S.C. 6103(b));
// Juneteenth 19 June 2027 is a Saturday, observed Friday 18 June; New Year's Day 2028 is a Saturday,
// observed Friday 31 December 2027; Christmas 25 December 2026 is a Friday; Christmas Eve is not a holiday.
describe('Invoca (Mon–Fri 08:00–17:00 America/Los_Angeles, US public holidays)', () => {
  const cal = invoca();

  describe('add', () => {
    addCases(cal, [
      // Tue 7 Jul 06:00 PDT = 13:00Z; counting starts at 08:00 PDT (15:00Z); +1h = 09:00 PDT.
      ['start before opening counts from opening', '2026-07-07T13:00Z', 1, '2026-07-07T16:00Z'],
      // Tue 7 Jul 18:30 PDT = Wed 01:30Z; nothing left Tuesday; Wed 8 Jul 08:00 PDT + 2h = 10:00 PDT = 17:00Z.
      ['start after closing counts from the next opening', '2026-07-08T01:30Z', 2, '2026-07-08T17:00Z'],
      // Sat 10 Jan 12:00 PST = 20:00Z; Mon 12 Jan 08:00 PST (16:00Z) + 3h = 11:00 PST = 19:00Z.
      ['start on a weekend counts from Monday', '2026-01-10T20:00Z', 3, '2026-01-12T19:00Z'],
      // Fri 3 Jul 2026 (observed Independence Day) 10:00 PDT = 17:00Z; Mon 6 Jul 08:00 PDT + 1h = 16:00Z.
      ['start on the observed Independence Day (Fri 3 Jul 2026)', '2026-07-03T17:00Z', 1, '2026-07-06T16:00Z'],
      // Thu 2 Jul 08:00 PDT = 15:00Z; 9h is the whole day: 17:00 PDT = Fri 00:00Z, not Monday's opening.
      ['9h from opening ends at closing time, not the next opening', '2026-07-02T15:00Z', 9, '2026-07-03T00:00Z'],
      // Thu 2 Jul 16:00 PDT = 23:00Z; +1h = 17:00 PDT exactly.
      ['1h from 16:00 ends at the 17:00 close before a holiday', '2026-07-02T23:00Z', 1, '2026-07-03T00:00Z'],
      // Thu 2 Jul 16:00 PDT: 1h Thursday; Fri 3 Jul holiday; weekend; Mon 08:00 PDT (15:00Z) + 1h = 16:00Z.
      ['over the observed holiday and the weekend', '2026-07-02T23:00Z', 2, '2026-07-06T16:00Z'],
      // Fri 6 Mar 16:00 PST = Sat 00:00Z: 1h Friday; Mon 9 Mar is PDT: 08:00 PDT = 15:00Z, +1h = 16:00Z.
      ['over the spring-forward weekend (8 Mar 2026)', '2026-03-07T00:00Z', 2, '2026-03-09T16:00Z'],
      // Thu 24 Dec 16:00 PST = Fri 00:00Z: 1h Thursday (Christmas Eve is open); Fri 25 Dec closed;
      // Mon 28 Dec 08:00 PST (16:00Z) + 1h = 17:00Z.
      ['over Christmas Day (Fri 25 Dec 2026)', '2026-12-25T00:00Z', 2, '2026-12-28T17:00Z'],
      // Thu 17 Jun 2027 12:00 PDT = 19:00Z: 5h Thursday; Fri 18 Jun observed Juneteenth; Mon 21 Jun 08:00 PDT
      // (15:00Z) + 4h = 19:00Z.
      ['over observed Juneteenth (Fri 18 Jun 2027)', '2027-06-17T19:00Z', 9, '2027-06-21T19:00Z'],
      // Thu 30 Dec 2027 16:00 PST = Fri 00:00Z: 1h; Fri 31 Dec observed New Year's Day; Mon 3 Jan 2028 08:00 PST
      // (16:00Z) + 1h = 17:00Z.
      ["over New Year's Day 2028 observed on Fri 31 Dec 2027", '2027-12-31T00:00Z', 2, '2028-01-03T17:00Z'],
      // Zero business time from a closed instant is that instant.
      ['zero duration returns the start even when closed', '2026-07-04T12:00Z', 0, '2026-07-04T12:00Z'],
    ]);
  });

  it('between across weekends and holidays', () => {
    // Thu 2 Jul 08:00 PDT (15:00Z) → Tue 7 Jul 08:00 PDT (15:00Z): Thu 9h + Mon 9h; Fri 3 Jul observed holiday.
    expect(cal.between(at('2026-07-02T15:00Z'), at('2026-07-07T15:00Z'))).toBe(18 * HOUR);
    // Wed 23 Dec 2026 08:00 PST (16:00Z) → Mon 4 Jan 2027 08:00 PST (16:00Z): open Wed 23, Thu 24, Mon 28,
    // Tue 29, Wed 30, Thu 31 = 6 × 9h; closed Fri 25 Dec (Christmas) and Fri 1 Jan (New Year's Day).
    expect(cal.between(at('2026-12-23T16:00Z'), at('2027-01-04T16:00Z'))).toBe(54 * HOUR);
    // A whole weekend holds no business time: Fri 17:00 PDT → Mon 08:00 PDT.
    expect(cal.between(at('2026-07-11T00:00Z'), at('2026-07-13T15:00Z'))).toBe(0);
    // Reversed bounds give the negative.
    expect(cal.between(at('2026-07-07T15:00Z'), at('2026-07-02T15:00Z'))).toBe(-18 * HOUR);
  });

  it('isOpen, nextOpen and nextClose at and around the edges of a day', () => {
    // Mon 6 Jul 2026 08:00 PDT = 15:00Z opens; 17:00 PDT = Tue 00:00Z closes (PDT, UTC−7).
    const open = at('2026-07-06T15:00Z');
    const close = at('2026-07-07T00:00Z');
    expect(cal.isOpen(open - 1)).toBe(false);
    expect(cal.isOpen(open)).toBe(true);
    expect(cal.isOpen(close - 1)).toBe(true);
    expect(cal.isOpen(close)).toBe(false);
    expect(cal.nextOpen(open)).toBe(open);
    expect(cal.nextOpen(close - 1)).toBe(close - 1);
    expect(cal.nextClose(open)).toBe(close);
    expect(cal.nextClose(close - 1)).toBe(close);
    // At closing time the next open period is Tuesday's: 08:00–17:00 PDT = 15:00Z–00:00Z.
    expect(iso(cal.nextOpen(close))).toBe(utc('2026-07-07T15:00Z'));
    expect(iso(cal.nextClose(close))).toBe(utc('2026-07-08T00:00Z'));
    // During the observed holiday Fri 3 Jul 12:00 PDT (19:00Z): closed; next open Mon 6 Jul 08:00 PDT.
    expect(cal.isOpen(at('2026-07-03T19:00Z'))).toBe(false);
    expect(iso(cal.nextOpen(at('2026-07-03T19:00Z')))).toBe(utc('2026-07-06T15:00Z'));
    expect(iso(cal.nextClose(at('2026-07-03T19:00Z')))).toBe(utc('2026-07-07T00:00Z'));
  });

  it('openWindows clips the first and last window to the range', () => {
    // [Thu 2 Jul 12:00 PDT, Mon 6 Jul 10:00 PDT): Thursday from 12:00, no Friday (holiday), Monday to 10:00.
    expect(windows(cal, '2026-07-02T19:00Z', '2026-07-06T17:00Z')).toEqual([
      [utc('2026-07-02T19:00Z'), utc('2026-07-03T00:00Z')],
      [utc('2026-07-06T15:00Z'), utc('2026-07-06T17:00Z')],
    ]);
    // A range wholly inside one window is returned as is; an empty or reversed range gives nothing.
    expect(windows(cal, '2026-07-06T16:00Z', '2026-07-06T16:30Z')).toEqual([
      [utc('2026-07-06T16:00Z'), utc('2026-07-06T16:30Z')],
    ]);
    expect(windows(cal, '2026-07-06T16:00Z', '2026-07-06T16:00Z')).toEqual([]);
    expect(windows(cal, '2026-07-06T17:00Z', '2026-07-06T16:00Z')).toEqual([]);
    // A range that ends exactly at an opening holds nothing of that window.
    expect(windows(cal, '2026-07-04T00:00Z', '2026-07-06T15:00Z')).toEqual([]);
  });

  it('a business day is 9 hours', () => {
    expect(cal.businessDayMs).toBe(9 * HOUR);
  });
});

// Tactful: Sun–Fri 09:00–17:00 Africa/Cairo, Egyptian public holidays.
// Facts: Egypt reinstated DST by law in 2023: EEST (UTC+3) from the last Friday of April at 00:00
// (24 April 2026) to the last Thursday of October at 24:00 (29 October 2026); EET (UTC+2) otherwise.
// Egyptian public holidays per date-holidays (EG): National Police Day 25 January; Eid al-Fitr 2026 from
// 20 March for 3 days (rule "1 Shawwal P3D"); Labour Day 1 May; Eid al-Adha 2026 from 27 May for 4 days
// (rule "10 Dhu al-Hijjah P4D").
describe('Tactful (Sun–Fri 09:00–17:00 Africa/Cairo, Egyptian public holidays)', () => {
  const cal = tactful();

  describe('add', () => {
    addCases(cal, [
      // Mon 2 Feb 07:00 EET = 05:00Z; opening 09:00 EET = 07:00Z; +1h = 08:00Z.
      ['start before opening', '2026-02-02T05:00Z', 1, '2026-02-02T08:00Z'],
      // Thu 5 Feb 18:00 EET = 16:00Z; Friday is a Tactful working day: Fri 6 Feb 09:00 EET (07:00Z) + 2h.
      ['start after closing on Thursday continues on Friday', '2026-02-05T16:00Z', 2, '2026-02-06T09:00Z'],
      // Sat 7 Feb 10:00 EET = 08:00Z; Saturday is closed; Sun 8 Feb 09:00 EET (07:00Z) + 1h = 08:00Z.
      ['start on Saturday continues on Sunday', '2026-02-07T08:00Z', 1, '2026-02-08T08:00Z'],
      // Sun 25 Jan 2026 is National Police Day: closed; Mon 26 Jan 09:00 EET (07:00Z) + 1h = 08:00Z.
      ['start on a public holiday (Police Day, Sun 25 Jan 2026)', '2026-01-25T08:00Z', 1, '2026-01-26T08:00Z'],
      // Sun 8 Feb 09:00 EET = 07:00Z; 8h = the whole day: 17:00 EET = 15:00Z.
      ['8h from opening ends at closing time', '2026-02-08T07:00Z', 8, '2026-02-08T15:00Z'],
      // Thu 23 Apr 16:00 EET = 14:00Z: 1h to 17:00 EET (15:00Z); Fri 24 Apr DST began at 00:00, so 09:00 EEST
      // = 06:00Z; +1h = 07:00Z.
      ['across the spring change (Fri 24 Apr 2026)', '2026-04-23T14:00Z', 2, '2026-04-24T07:00Z'],
      // Thu 29 Oct 16:00 EEST = 13:00Z: 1h to 17:00 EEST (14:00Z); DST ended at Thursday 24:00, so Fri 30 Oct
      // 09:00 EET = 07:00Z; +1h = 08:00Z.
      ['across the autumn change (end of Thu 29 Oct 2026)', '2026-10-29T13:00Z', 2, '2026-10-30T08:00Z'],
      // Thu 30 Apr 16:00 EEST = 13:00Z: 1h; Fri 1 May Labour Day; Sat closed; Sun 3 May 09:00 EEST (06:00Z) + 1h.
      ['over Labour Day (Fri 1 May 2026) and Saturday', '2026-04-30T13:00Z', 2, '2026-05-03T07:00Z'],
      // Thu 19 Mar 16:00 EET = 14:00Z: 1h; Eid al-Fitr Fri 20, Sat 21, Sun 22 Mar; Mon 23 Mar 09:00 EET (07:00Z)
      // + 1h = 08:00Z.
      ['over the three days of Eid al-Fitr 2026 (20–22 Mar)', '2026-03-19T14:00Z', 2, '2026-03-23T08:00Z'],
      // Tue 26 May 16:00 EEST = 13:00Z: 1h; Eid al-Adha Wed 27 – Sat 30 May; Sun 31 May 09:00 EEST (06:00Z) + 1h.
      ['over the four days of Eid al-Adha 2026 (27–30 May)', '2026-05-26T13:00Z', 2, '2026-05-31T07:00Z'],
    ]);
  });

  it('between across Saturdays, holidays and the DST change', () => {
    // Sun 8 Feb 00:00 EET → Sun 15 Feb 00:00 EET: six working days (Sun–Fri) × 8h, no holidays in February.
    expect(cal.between(at('2026-02-07T22:00Z'), at('2026-02-14T22:00Z'))).toBe(48 * HOUR);
    // Sun 19 Apr 00:00 EET (Sat 18 22:00Z) → Sun 26 Apr 00:00 EEST (Sat 25 21:00Z): Sun–Fri = 6 × 8h; the DST
    // change at Friday 00:00 takes an hour from the night, not from working hours.
    expect(cal.between(at('2026-04-18T22:00Z'), at('2026-04-25T21:00Z'))).toBe(48 * HOUR);
    // Sun 24 May 00:00 EEST → Sun 31 May 00:00 EEST: Sun 24, Mon 25, Tue 26 open; Wed 27 – Fri 29 Eid al-Adha.
    expect(cal.between(at('2026-05-23T21:00Z'), at('2026-05-30T21:00Z'))).toBe(24 * HOUR);
  });

  it('isOpen, nextOpen and nextClose on the spring-change Friday', () => {
    // Fri 24 Apr 2026 is the first EEST day: open 09:00–17:00 EEST = 06:00Z–14:00Z.
    expect(cal.isOpen(at('2026-04-24T06:00Z') - 1)).toBe(false);
    expect(cal.isOpen(at('2026-04-24T06:00Z'))).toBe(true);
    expect(iso(cal.nextOpen(at('2026-04-23T22:00Z')))).toBe(utc('2026-04-24T06:00Z'));
    expect(iso(cal.nextClose(at('2026-04-23T22:00Z')))).toBe(utc('2026-04-24T14:00Z'));
    // Closing on Friday; Saturday 25 April is closed (and Sinai Liberation Day); next opening Sun 26 09:00 EEST.
    expect(iso(cal.nextOpen(at('2026-04-24T14:00Z')))).toBe(utc('2026-04-26T06:00Z'));
  });

  it('openWindows across the autumn change keep eight hours each day', () => {
    // Thu 29 Oct 09:00–17:00 EEST = 06:00–14:00Z; Fri 30 Oct 09:00–17:00 EET = 07:00–15:00Z; Sat closed;
    // Sun 1 Nov 09:00 EET = 07:00Z, clipped at 08:00Z.
    expect(windows(cal, '2026-10-29T00:00Z', '2026-11-01T08:00Z')).toEqual([
      [utc('2026-10-29T06:00Z'), utc('2026-10-29T14:00Z')],
      [utc('2026-10-30T07:00Z'), utc('2026-10-30T15:00Z')],
      [utc('2026-11-01T07:00Z'), utc('2026-11-01T08:00Z')],
    ]);
  });
});

// SecurEnvoy: Mon–Fri 09:00–17:00 Europe/London, England bank holidays (GB region ENG).
// Facts: UK summer time 2026 runs Sunday 29 March to Sunday 25 October, changing at 01:00 UTC (Summer Time
// Order 2002); GMT = UTC+0, BST = UTC+1. England and Wales bank holidays 2026 (gov.uk): Good Friday 3 April,
// Easter Monday 6 April, Early May 4 May, Summer 31 August, Christmas Fri 25 December, Boxing Day Sat 26
// December substituted Mon 28 December; 2027: Christmas Sat 25 and Boxing Day Sun 26 December, substituted
// Mon 27 and Tue 28 December.
describe('SecurEnvoy (Mon–Fri 09:00–17:00 Europe/London, England bank holidays)', () => {
  const cal = securenvoy();

  describe('add', () => {
    addCases(cal, [
      // Mon 5 Jan 07:00 GMT; opening 09:00 GMT = 09:00Z; +1h = 10:00Z.
      ['start before opening', '2026-01-05T07:00Z', 1, '2026-01-05T10:00Z'],
      // Mon 1 Jun 18:00 BST = 17:00Z; Tue 2 Jun 09:00 BST (08:00Z) + 1h = 09:00Z.
      ['start after closing', '2026-06-01T17:00Z', 1, '2026-06-02T09:00Z'],
      // Sat 24 Oct 12:00 BST = 11:00Z; BST ends Sun 25 Oct; Mon 26 Oct 09:00 GMT (09:00Z) + 2h = 11:00Z.
      ['start on the weekend BST ends', '2026-10-24T11:00Z', 2, '2026-10-26T11:00Z'],
      // Mon 31 Aug 2026 is the Summer bank holiday: Tue 1 Sep 09:00 BST (08:00Z) + 1h = 09:00Z.
      ['start on a bank holiday (Mon 31 Aug 2026)', '2026-08-31T09:00Z', 1, '2026-09-01T09:00Z'],
      // Fri 27 Mar 09:00 GMT; 8h = the whole day, ending at 17:00 GMT = 17:00Z.
      ['8h from opening ends at closing time', '2026-03-27T09:00Z', 8, '2026-03-27T17:00Z'],
      // Thu 2 Apr 16:00 BST = 15:00Z: 1h; Good Friday, weekend, Easter Monday closed; Tue 7 Apr 09:00 BST (08:00Z)
      // + 3h = 11:00Z.
      ['over Easter 2026', '2026-04-02T15:00Z', 4, '2026-04-07T11:00Z'],
      // Thu 24 Dec 16:00 GMT: 1h; Fri 25, Mon 28 (Boxing Day substitute) closed; Tue 29 Dec 09:00 + 1h = 10:00Z.
      ['over Christmas 2026 with the Boxing Day substitute', '2026-12-24T16:00Z', 2, '2026-12-29T10:00Z'],
      // Fri 24 Dec 2027 16:00 GMT: 1h; Mon 27 and Tue 28 Dec substitutes; Wed 29 Dec 09:00 + 1h = 10:00Z.
      ['over Christmas 2027 with two substitute days', '2027-12-24T16:00Z', 2, '2027-12-29T10:00Z'],
    ]);
  });

  it('between across Easter and a weekend', () => {
    // Thu 2 Apr 09:00 BST (08:00Z) → Thu 9 Apr 09:00 BST: Thu 2, Tue 7, Wed 8 = 3 × 8h (Good Friday and Easter
    // Monday are bank holidays).
    expect(cal.between(at('2026-04-02T08:00Z'), at('2026-04-09T08:00Z'))).toBe(24 * HOUR);
  });

  it('isOpen, nextOpen and nextClose around a bank holiday', () => {
    // Mon 4 May 2026 (Early May bank holiday) 12:00 BST = 11:00Z is closed; next open Tue 5 May 09:00 BST = 08:00Z,
    // closing 17:00 BST = 16:00Z.
    expect(cal.isOpen(at('2026-05-04T11:00Z'))).toBe(false);
    expect(iso(cal.nextOpen(at('2026-05-04T11:00Z')))).toBe(utc('2026-05-05T08:00Z'));
    expect(iso(cal.nextClose(at('2026-05-04T11:00Z')))).toBe(utc('2026-05-05T16:00Z'));
  });

  it('openWindows across the end of BST', () => {
    // Fri 23 Oct 09:00–17:00 BST = 08:00–16:00Z (clipped from 12:00Z); Mon 26 Oct 09:00–17:00 GMT = 09:00–17:00Z.
    expect(windows(cal, '2026-10-23T12:00Z', '2026-10-27T00:00Z')).toEqual([
      [utc('2026-10-23T12:00Z'), utc('2026-10-23T16:00Z')],
      [utc('2026-10-26T09:00Z'), utc('2026-10-26T17:00Z')],
    ]);
  });
});

// TechJutsu: Mon–Fri, order-form hours 09:00–17:00 America/New_York, excluding US and Canadian public holidays.
// Facts: US DST 2026 from Sunday 8 March to Sunday 1 November (Energy Policy Act 2005): EST = UTC−5,
// EDT = UTC−4. Canada Day, Wednesday 1 July 2026, and Good Friday, 3 April 2026, are Canadian statutory holidays
// but not US ones; Independence Day 2026 is observed in the US on Friday 3 July; Columbus Day is the second
// Monday of October (12 October 2026).
describe('TechJutsu (Mon–Fri 09:00–17:00 America/New_York, US and CA public holidays)', () => {
  const cal = techjutsu();

  describe('add', () => {
    addCases(cal, [
      // Wed 8 Jul 08:00 EDT = 12:00Z; 09:00 EDT (13:00Z) + 1h = 14:00Z.
      ['start before opening', '2026-07-08T12:00Z', 1, '2026-07-08T14:00Z'],
      // Sun 8 Mar 2026 (the day DST begins) 12:00 EDT = 16:00Z; Mon 9 Mar 09:00 EDT (13:00Z) + 1h = 14:00Z.
      ['start on the Sunday DST begins', '2026-03-08T16:00Z', 1, '2026-03-09T14:00Z'],
      // Tue 30 Jun 16:00 EDT = 20:00Z: 1h; Wed 1 Jul Canada Day; Thu 2 Jul 09:00 EDT (13:00Z) + 1h = 14:00Z.
      ['over Canada Day (a US working day)', '2026-06-30T20:00Z', 2, '2026-07-02T14:00Z'],
      // Thu 2 Jul 16:30 EDT = 20:30Z: 30 min; Fri 3 Jul US observed holiday; Mon 6 Jul 09:00 EDT + 30 min.
      ['over the US observed Independence Day', '2026-07-02T20:30Z', 1, '2026-07-06T13:30Z'],
      // Thu 2 Apr 17:00 EDT = 21:00Z (closed); Good Friday 3 Apr (Canada); Mon 6 Apr 09:00 EDT (13:00Z) + 1h.
      ['from closing time over Good Friday (a Canadian holiday)', '2026-04-02T21:00Z', 1, '2026-04-06T14:00Z'],
      // Mon 2 Nov 09:00 EST (the day after DST ends) = 14:00Z; 8h ends at 17:00 EST = 22:00Z.
      ['8h from opening ends at closing time, after DST ends', '2026-11-02T14:00Z', 8, '2026-11-02T22:00Z'],
      // Fri 9 Oct 16:00 EDT = 20:00Z: 1h; Mon 12 Oct Columbus Day; Tue 13 Oct 09:00 EDT (13:00Z) + 1h = 14:00Z.
      ['over Columbus Day (US)', '2026-10-09T20:00Z', 2, '2026-10-13T14:00Z'],
    ]);
  });

  it('between over a week with one Canadian and one US holiday', () => {
    // Tue 30 Jun 09:00 EDT (13:00Z) → Tue 7 Jul 09:00 EDT: Tue 30, Thu 2, Mon 6 = 3 × 8h; Wed 1 Jul (Canada Day)
    // and Fri 3 Jul (US Independence Day observed) are closed.
    expect(cal.between(at('2026-06-30T13:00Z'), at('2026-07-07T13:00Z'))).toBe(24 * HOUR);
  });

  it('isOpen and nextOpen on holidays of either country', () => {
    // Wed 1 Jul 2026 12:00 EDT (16:00Z): Canada Day. Fri 19 Jun 2026 12:00 EDT: Juneteenth (US).
    expect(cal.isOpen(at('2026-07-01T16:00Z'))).toBe(false);
    expect(cal.isOpen(at('2026-06-19T16:00Z'))).toBe(false);
    expect(iso(cal.nextOpen(at('2026-06-19T16:00Z')))).toBe(utc('2026-06-22T13:00Z'));
    expect(iso(cal.nextClose(at('2026-06-19T16:00Z')))).toBe(utc('2026-06-22T21:00Z'));
  });
});

// Numonix: 24x7 in UTC (no DST, no holidays): business time is elapsed time.
describe('Numonix (24x7 UTC)', () => {
  const cal = numonix();

  it('add and between are plain elapsed time, across New Year and leap-year ends', () => {
    expect(iso(cal.add(at('2026-12-31T12:00Z'), 24 * HOUR))).toBe(utc('2027-01-01T12:00Z'));
    expect(iso(cal.add(at('2026-07-04T00:00Z'), 40 * HOUR + 30 * MIN))).toBe(utc('2026-07-05T16:30Z'));
    // 2028 is a leap year (Gregorian rule: divisible by 4, not by 100): 29 February exists.
    expect(iso(cal.add(at('2028-02-28T12:00Z'), 24 * HOUR))).toBe(utc('2028-02-29T12:00Z'));
    expect(cal.between(at('2025-01-01T00:00Z'), at('2028-01-01T00:00Z'))).toBe(365 * 3 * 24 * HOUR);
  });

  it('is always open, opens now and never closes', () => {
    const t = at('2026-07-03T17:00Z'); // a US holiday, which Numonix does not observe
    expect(cal.isOpen(t)).toBe(true);
    expect(cal.nextOpen(t)).toBe(t);
    expect(cal.nextClose(t)).toBe(Infinity);
    expect(windows(cal, '2026-12-31T22:00Z', '2027-01-01T02:00Z')).toEqual([
      [utc('2026-12-31T22:00Z'), utc('2027-01-01T02:00Z')],
    ]);
    expect(cal.businessDayMs).toBe(24 * HOUR);
  });
});
