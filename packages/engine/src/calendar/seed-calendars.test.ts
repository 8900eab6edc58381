import { describe, expect, it } from 'vitest';
import { at, HOUR, invoca, numonix, securenvoy, tactful, techjutsu } from './calendar-test-kit.js';

const iso = (t: number) => new Date(t).toISOString();

describe('Invoca: Mon–Fri 08:00–17:00 America/Los_Angeles, US holidays', () => {
  const cal = invoca();
  // July 2026 is PDT (UTC−7). 4 July 2026 is a Saturday, so the US holiday is observed Friday 3 July.
  it.each([
    [
      'opened Thursday 16:00, 8h runs over the observed holiday and the weekend',
      '2026-07-02T23:00:00Z',
      8,
      '2026-07-06T22:00:00Z',
    ],
    ['opened before opening counts from 08:00', '2026-07-06T13:00:00Z', 2, '2026-07-06T17:00:00Z'],
    ['opened on Saturday counts from Monday 08:00', '2026-07-11T18:00:00Z', 9, '2026-07-14T00:00:00Z'],
    ['a deadline that ends at closing time is the closing time', '2026-07-06T15:00:00Z', 9, '2026-07-07T00:00:00Z'],
    // Thanksgiving (fourth Thursday of November: 26 Nov 2026) is a US public holiday; November is PST (UTC−8).
    [
      'across Thanksgiving: Wednesday 15:00 PST + 3h = Wed 2h, Friday 08:00 + 1h',
      '2026-11-25T23:00:00Z',
      3,
      '2026-11-27T17:00:00Z',
    ],
  ])('%s', (_what, from, hours, expected) => {
    expect(iso(cal.add(at(from), hours * HOUR))).toBe(new Date(expected).toISOString());
  });

  it('between, isOpen, nextOpen, nextClose and openWindows agree', () => {
    // Thursday 2 July 15:00 PDT → Monday 6 July 12:00 PDT: Thu 2h + Mon 4h (Friday is the observed holiday).
    expect(cal.between(at('2026-07-02T22:00:00Z'), at('2026-07-06T19:00:00Z'))).toBe(6 * HOUR);
    expect(cal.isOpen(at('2026-07-03T17:00:00Z'))).toBe(false);
    expect(iso(cal.nextOpen(at('2026-07-03T17:00:00Z')))).toBe('2026-07-06T15:00:00.000Z');
    expect(iso(cal.nextClose(at('2026-07-06T16:00:00Z')))).toBe('2026-07-07T00:00:00.000Z');
    expect(
      cal.openWindows(at('2026-07-02T22:00:00Z'), at('2026-07-06T17:00:00Z')).map((w) => [iso(w.start), iso(w.end)]),
    ).toEqual([
      ['2026-07-02T22:00:00.000Z', '2026-07-03T00:00:00.000Z'],
      ['2026-07-06T15:00:00.000Z', '2026-07-06T17:00:00.000Z'],
    ]);
  });
});

describe('Tactful: Sun–Fri 09:00–17:00 Africa/Cairo, Egyptian holidays', () => {
  const cal = tactful();
  it('opens on Sunday and is closed on Saturday', () => {
    // Saturday 11 July 2026 12:00 EEST (UTC+3: Egypt's DST runs from the last Friday of April to the last
    // Thursday of October since 2023) is closed; Sunday 12 July 09:00 EEST = 06:00Z opens.
    expect(cal.isOpen(at('2026-07-11T09:00:00Z'))).toBe(false);
    expect(iso(cal.nextOpen(at('2026-07-11T09:00:00Z')))).toBe('2026-07-12T06:00:00.000Z');
  });
  it('a working day is 8 hours in winter and in summer', () => {
    // Thursday 29 October 2026 ends Egypt's DST at 24:00 (clocks go back to 23:00): the next working day,
    // Friday 30 October 09:00–17:00, is in EET (UTC+2) = 07:00–15:00Z.
    expect(
      cal.openWindows(at('2026-10-30T00:00:00Z'), at('2026-10-31T00:00:00Z')).map((w) => [iso(w.start), iso(w.end)]),
    ).toEqual([['2026-10-30T07:00:00.000Z', '2026-10-30T15:00:00.000Z']]);
    expect(cal.between(at('2026-10-29T00:00:00Z'), at('2026-10-31T00:00:00Z'))).toBe(16 * HOUR);
  });
  it('closes on Egyptian public holidays', () => {
    // 1 May (Labour Day) is a public holiday in Egypt; 1 May 2026 is a Friday, a Tactful working day.
    expect(cal.between(at('2026-05-01T00:00:00Z'), at('2026-05-02T00:00:00Z'))).toBe(0);
  });
});

describe('SecurEnvoy: 9x5 Europe/London, England bank holidays', () => {
  const cal = securenvoy();
  it('skips Good Friday and Easter Monday', () => {
    // Easter 2026 is 5 April: Good Friday 3 April and Easter Monday 6 April are bank holidays in England.
    // Thursday 2 April 16:00 BST (UK summer time began 29 March) + 4h → Tuesday 7 April 12:00 BST = 11:00Z.
    expect(iso(cal.add(at('2026-04-02T15:00:00Z'), 4 * HOUR))).toBe('2026-04-07T11:00:00.000Z');
  });
  it('a business day is 8 hours', () => {
    expect(cal.businessDayMs).toBe(8 * HOUR);
  });
});

describe('TechJutsu: Mon–Fri 09:00–17:00 New York, US and Canadian holidays', () => {
  const cal = techjutsu();
  it('closes on a Canadian holiday that is a US working day', () => {
    // Canada Day, 1 July 2026 (a Wednesday), is a Canadian statutory holiday but not a US one.
    expect(cal.between(at('2026-07-01T00:00:00Z'), at('2026-07-02T00:00:00Z'))).toBe(0);
    // Good Friday, 3 April 2026, is a Canadian statutory holiday.
    expect(cal.isOpen(at('2026-04-03T15:00:00Z'))).toBe(false);
  });
  it('closes on a US holiday that is a Canadian working day', () => {
    // Juneteenth, 19 June 2026 (a Friday), is a US federal holiday.
    expect(cal.isOpen(at('2026-06-19T15:00:00Z'))).toBe(false);
  });
});

describe('Numonix: 24x7', () => {
  const cal = numonix();
  it('business time is elapsed time', () => {
    expect(iso(cal.add(at('2026-12-31T23:00:00Z'), 72 * HOUR))).toBe('2027-01-03T23:00:00.000Z');
    expect(cal.between(at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(365 * 24 * HOUR);
    expect(cal.nextClose(at('2026-06-01T00:00:00Z'))).toBe(Infinity);
  });
});
