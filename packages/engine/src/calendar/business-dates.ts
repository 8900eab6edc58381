import { Temporal } from 'temporal-polyfill';
import type { BusinessCalendar } from './business-calendar.js';
import { localDateOf, localToEpochMs } from './local-time.js';

/**
 * Business DATES, as contracts count them when they say "each business day" or "seven (7) Business Days'
 * notice": whole local dates on which the calendar is open, counted one by one. This is not "N × the length
 * of a business day" of business time (see business-day.ts): a notice sent Monday 2 March for Wednesday
 * 11 March 2026 is 7 business days (Tue 3 … Wed 11), whatever the hours of either day.
 */

/** How far a search for the next business date goes before calling the calendar closed for good. */
const MAX_DAYS_SEARCHED = 3660;

/** The local date of an instant in the calendar's zone. */
export function businessDateOf(cal: BusinessCalendar, t: number): Temporal.PlainDate {
  return localDateOf(cal.zone, t);
}

/** The open time of a local date, clipped to its local midnight-to-midnight. */
function openSpanOf(cal: BusinessCalendar, date: Temporal.PlainDate): { start: number; end: number } | undefined {
  const windows = cal.openWindows(
    localToEpochMs(cal.zone, date, 0),
    localToEpochMs(cal.zone, date.add({ days: 1 }), 0),
  );
  if (!windows.length) return undefined;
  return { start: windows[0]!.start, end: windows[windows.length - 1]!.end };
}

export function isBusinessDate(cal: BusinessCalendar, date: Temporal.PlainDate): boolean {
  return openSpanOf(cal, date) !== undefined;
}

/** The instant a business date's open time ends (its close); undefined when the date is not a business date. */
export function closeOfBusinessDate(cal: BusinessCalendar, date: Temporal.PlainDate): number | undefined {
  return openSpanOf(cal, date)?.end;
}

/** The `n`th business date after `date` (n >= 1; `date` itself does not count). */
export function nthBusinessDateAfter(cal: BusinessCalendar, date: Temporal.PlainDate, n: number): Temporal.PlainDate {
  let d = date;
  for (let found = 0, searched = 0; found < n;) {
    d = d.add({ days: 1 });
    if (++searched > MAX_DAYS_SEARCHED) {
      throw new RangeError(`calendar '${cal.name}' has no business date within ${MAX_DAYS_SEARCHED} days of ${date}`);
    }
    if (isBusinessDate(cal, d)) found++;
  }
  return d;
}

/** Business dates in (from, to]: after the day of a notice, up to and including the day it gives notice of. */
export function businessDatesBetween(cal: BusinessCalendar, from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  let count = 0;
  for (let d = from.add({ days: 1 }); Temporal.PlainDate.compare(d, to) <= 0; d = d.add({ days: 1 })) {
    if (isBusinessDate(cal, d)) count++;
  }
  return count;
}

/**
 * The deadline of "an update each N business days" counted from an update at `t`: the close of the Nth
 * business date after the date of `t` (SecurEnvoy P1 "once per day (business day only)": an update on Monday
 * is followed by one before Tuesday's close, whatever the hour of Monday's).
 */
export function closeOfNthBusinessDateAfter(cal: BusinessCalendar, t: number, n: number): number {
  return closeOfBusinessDate(cal, nthBusinessDateAfter(cal, businessDateOf(cal, t), n))!;
}
