import { closeOfNthBusinessDateAfter } from '../calendar/business-dates.js';
import type { TargetRule } from '../contract/compiled-contract.js';

/**
 * The business time a clock started at `startedAt` must run. A duration target is the same for every clock;
 * a business-date cadence ("once per day (business day only)") is due by the close of the Nth business date
 * after the date the clock starts, so its length depends on when in the day the last update came.
 */
export function targetMsFrom(rule: TargetRule, startedAt: number): number {
  if (rule.businessDates === undefined) return rule.durationMs;
  const cal = rule.calendar;
  return cal.between(startedAt, closeOfNthBusinessDateAfter(cal, startedAt, rule.businessDates));
}
