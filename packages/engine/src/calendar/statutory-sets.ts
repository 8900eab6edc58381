import Holidays from 'date-holidays';
import type { ClosedDate } from './calendar-spec.js';

/**
 * Named statutory holiday sets: a country's holidays exactly as its law states them, written as
 * `date-holidays` rules. `date-holidays`' own country data is a good default but not a statute: its
 * national `CA` set has 5 public days where the Canada Labour Code has 10. A contract that says
 * "statutory holidays" names one of these sets (`holidays: { set: CA-federal }`), so the days it closes are
 * the law's, whatever the next `date-holidays` release decides.
 */
export interface StatutoryHoliday {
  name: string;
  /** A `date-holidays` rule: the date, and the substitute day the law gives when it falls on a weekend. */
  rule: string;
  /** First year the holiday exists (Juneteenth 2021, National Day for Truth and Reconciliation 2021). */
  since?: number;
}

export interface StatutorySet {
  id: string;
  title: string;
  /** The law that lists the days and their substitutes. */
  source: string;
  holidays: StatutoryHoliday[];
}

// Weekend substitutes. A substitute day closes as well as the day itself (a weekend day is closed anyway).
const SAT_FRI_SUN_MON = 'and if saturday then previous friday if sunday then next monday';
const WEEKEND_NEXT_MONDAY = 'and if saturday,sunday then next monday';
// Christmas and Boxing Day together: when both fall on the weekend, or Christmas on a Sunday before a Boxing
// Day Monday, the next working day after Monday is Tuesday.
const CHRISTMAS_NEXT_WORKING_DAY = 'and if saturday then next monday if sunday then next tuesday';

export const STATUTORY_SETS: readonly StatutorySet[] = [
  {
    id: 'CA-federal',
    title: 'Canada federal general holidays',
    // s.166 lists the ten general holidays. s.193(2): when New Year's Day, Canada Day, Remembrance Day, Christmas
    // Day or Boxing Day falls on a non-working Saturday or Sunday, the employee gets the working day immediately
    // preceding or following; Surety reads it as the following working day (the Labour Program's practice and
    // the Holidays Act's rule for Canada Day: 2 July when 1 July is a Sunday). The other five never move.
    source:
      'Canada Labour Code, R.S.C. 1985, c. L-2, s.166 (general holiday) and s.193(2); Holidays Act, R.S.C. 1985, c. H-5',
    holidays: [
      { name: "New Year's Day", rule: `01-01 ${WEEKEND_NEXT_MONDAY}` },
      { name: 'Good Friday', rule: 'easter -2' },
      // Holidays Act s.2(2): "the Monday immediately preceding May 25".
      { name: 'Victoria Day', rule: 'monday before 05-25' },
      { name: 'Canada Day', rule: `07-01 ${WEEKEND_NEXT_MONDAY}` },
      { name: 'Labour Day', rule: '1st monday in September' },
      // Added to s.166 by S.C. 2021, c. 11; not one of the days s.193(2) moves.
      { name: 'National Day for Truth and Reconciliation', rule: '09-30', since: 2021 },
      { name: 'Thanksgiving Day', rule: '2nd monday in October' },
      { name: 'Remembrance Day', rule: `11-11 ${WEEKEND_NEXT_MONDAY}` },
      { name: 'Christmas Day', rule: `12-25 ${CHRISTMAS_NEXT_WORKING_DAY}` },
      { name: 'Boxing Day', rule: `12-26 ${CHRISTMAS_NEXT_WORKING_DAY}` },
    ],
  },
  {
    id: 'US-federal',
    title: 'United States federal legal public holidays',
    // 5 U.S.C. 6103(a) lists the eleven days; 6103(b) and Executive Order 11582: a holiday on a Saturday is
    // observed the Friday before (31 December for a Saturday New Year's Day), on a Sunday the Monday after.
    source: '5 U.S.C. 6103(a), (b); Executive Order 11582',
    holidays: [
      { name: "New Year's Day", rule: `01-01 ${SAT_FRI_SUN_MON}` },
      { name: 'Birthday of Martin Luther King, Jr.', rule: '3rd monday in January' },
      { name: "Washington's Birthday", rule: '3rd monday in February' },
      { name: 'Memorial Day', rule: 'monday before 06-01' },
      { name: 'Juneteenth National Independence Day', rule: `06-19 ${SAT_FRI_SUN_MON}`, since: 2021 },
      { name: 'Independence Day', rule: `07-04 ${SAT_FRI_SUN_MON}` },
      { name: 'Labor Day', rule: '1st monday in September' },
      { name: 'Columbus Day', rule: '2nd monday in October' },
      { name: 'Veterans Day', rule: `11-11 ${SAT_FRI_SUN_MON}` },
      { name: 'Thanksgiving Day', rule: '4th thursday in November' },
      { name: 'Christmas Day', rule: `12-25 ${SAT_FRI_SUN_MON}` },
    ],
  },
];

export function statutorySet(id: string): StatutorySet | undefined {
  return STATUTORY_SETS.find((s) => s.id === id);
}

const cache = new Map<string, ClosedDate[]>();

/** The closed dates of a named set in one year: each holiday's date and any substitute day the law gives. */
export function statutoryDatesOfYear(id: string, year: number): ClosedDate[] {
  const key = `${id}/${year}`;
  let dates = cache.get(key);
  if (!dates) {
    const set = statutorySet(id);
    if (!set) throw new RangeError(`unknown statutory holiday set '${id}'`);
    dates = [];
    for (const holiday of set.holidays) {
      if (holiday.since !== undefined && year < holiday.since) continue;
      // One source per rule: date-holidays names a substitute day like its holiday, so each date keeps its name.
      const source = new Holidays();
      source.setHoliday(holiday.rule, { name: { en: holiday.name }, type: 'public' });
      for (const h of source.getHolidays(year, 'en')) {
        dates.push({ date: h.date.slice(0, 10), from: 0, to: 1440, name: holiday.name });
      }
    }
    dates.sort((a, b) => a.date.localeCompare(b.date));
    cache.set(key, dates);
  }
  return dates;
}
