/**
 * The resolved description of a business calendar: what a contract file's `calendars` entry becomes
 * once parsed. Local wall times are minutes after local midnight; everything else the engine derives.
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** ISO weekday numbers (Monday = 1), as Temporal reports them. */
export const WEEKDAY_NUMBER: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

export const MINUTES_PER_DAY = 1440;

/**
 * An open window that starts on each of `days` at `start` (local minutes) and ends at `end`.
 * `end` may be 1440 (24:00); an `end` at or before `start` means the window runs overnight into the next day.
 */
export interface WeeklyWindow {
  days: Weekday[];
  start: number;
  end: number;
}

/** One closed local date, whole (`from` 0, `to` 1440) or partial. */
export interface ClosedDate {
  date: string; // YYYY-MM-DD, local to the calendar's zone
  from: number;
  to: number;
  name: string;
}

export type ClosureRule =
  /** Public holidays from `date-holidays` for a country and optional region, e.g. US, CA, GB/ENG. */
  | { kind: 'holidays'; country: string; region?: string; types: string[] }
  /** A named statutory set (statutory-sets.ts): a country's holidays and substitute days as its law lists them. */
  | { kind: 'statutory'; set: string }
  /** Dates written into the contract itself. */
  | { kind: 'dates'; dates: ClosedDate[] }
  /**
   * A list the provider publishes and may change at run time (Invoca's "holidays as published by Invoca").
   * `initial` is what the contract ships; `BusinessCalendar.withPublishedList` replaces it.
   */
  | { kind: 'published'; list: string; initial: ClosedDate[]; through?: string };

/**
 * The current copy of a provider-published list. `through` is the last date it answers for (inclusive); when
 * not given, the list covers to the end of the last year it has a date in.
 */
export interface PublishedList {
  dates: readonly ClosedDate[];
  through?: string;
}

export interface CalendarSpec {
  name: string;
  zone: string;
  /** `'24x7'` is always open; otherwise the weekly open windows. */
  weekly: '24x7' | WeeklyWindow[];
  closures: ClosureRule[];
  /** Length of one business day in ms, when the contract declares it; otherwise derived (see business-day.ts). */
  businessDayMs?: number;
}
