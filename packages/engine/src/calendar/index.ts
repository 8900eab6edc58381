export * from './calendar-spec.js';
export {
  BusinessCalendar,
  FIRST_YEAR,
  LAST_YEAR,
  INPUT_FIRST_YEAR,
  INPUT_LAST_YEAR,
  type OpenWindow,
} from './business-calendar.js';
export { businessDayMs } from './business-day.js';
export { isKnownHolidaySet } from './closed-dates.js';
export { localToEpochMs, localDateOf, assertValidZone } from './local-time.js';
export { STATUTORY_SETS, statutorySet, statutoryDatesOfYear, type StatutorySet } from './statutory-sets.js';
export { holidayListCoverage, listEndsBefore, describeCoverage, type HolidayListCoverage } from './holiday-coverage.js';
export * from './business-dates.js';
export { repeatedWindows, MAX_OCCURRENCES, type RepeatRule, type Occurrence } from './repeated-windows.js';
