import type { HolidayListCoverageJson } from '../services/calendars/list-coverage.js';

interface Logger {
  warn(obj: object, msg: string): void;
  error(obj: unknown): void;
}

/** What the holiday-list watch found, as log lines: each list that runs out soon, with its last date. */
export function holidayListWatchLog(log: Logger): {
  warned(lists: HolidayListCoverageJson[]): void;
  error(e: unknown): void;
} {
  return {
    warned: (lists) => {
      for (const l of lists)
        log.warn({ contractId: l.contractId, list: l.list, through: l.through }, 'holiday list runs out soon');
    },
    error: (e) => log.error(e),
  };
}
