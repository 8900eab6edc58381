import type { BusinessCalendar } from './business-calendar.js';
import type { ClosedDate } from './calendar-spec.js';

/**
 * How far each holiday list of a calendar reaches. A rule-based set (`date-holidays`, a statutory set) answers
 * for every year; a provider-published list answers only for the dates its provider has published, and a
 * year past it would otherwise read as "no holidays at all". Reports, `surety check` and the server say which
 * list ends when, so that nobody mistakes a missing list for a year without holidays.
 */
export interface HolidayListCoverage {
  calendar: string;
  list: string;
  /** Last date the list answers for (YYYY-MM-DD, inclusive); undefined when it holds no date at all. */
  through?: string;
  /** Where the current copy comes from: the contract's initial list, or the provider's published one. */
  origin: 'contract' | 'published';
}

export function holidayListCoverage(calendar: BusinessCalendar): HolidayListCoverage[] {
  const out: HolidayListCoverage[] = [];
  for (const rule of calendar.spec.closures) {
    if (rule.kind !== 'published') continue;
    const published = calendar.published.get(rule.list);
    const through = published
      ? (published.through ?? endOfLastYear(published.dates))
      : (rule.through ?? endOfLastYear(rule.initial));
    out.push({ calendar: calendar.name, list: rule.list, through, origin: published ? 'published' : 'contract' });
  }
  return out;
}

/** Whether a list stops answering before `date` (YYYY-MM-DD): a day after its end has no known holidays. */
export function listEndsBefore(c: HolidayListCoverage, date: string): boolean {
  return c.through === undefined || c.through < date;
}

/** 31 December of the last year a list has a date in. */
export function endOfLastYear(dates: readonly ClosedDate[]): string | undefined {
  let last: string | undefined;
  for (const d of dates) if (last === undefined || d.date > last) last = d.date;
  return last === undefined ? undefined : `${last.slice(0, 4)}-12-31`;
}

/** For people: "holiday list 'invoca-holidays' (calendar business-hours, the contract's initial copy) ends 2026-12-31". */
export function describeCoverage(c: HolidayListCoverage): string {
  const copy = c.origin === 'contract' ? "the contract's initial copy" : 'as published';
  const end = c.through === undefined ? 'holds no dates' : `ends ${c.through}`;
  return `holiday list '${c.list}' (calendar ${c.calendar}, ${copy}) ${end}`;
}
