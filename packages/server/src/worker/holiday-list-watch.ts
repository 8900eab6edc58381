import { warnOfEndingHolidayLists } from '../services/calendars/list-end-warnings.js';
import type { HolidayListCoverageJson } from '../services/calendars/list-coverage.js';
import { SYSTEM } from '../services/core/service-context.js';
import type { Store } from '../services/core/store.js';

export interface HolidayListWatch {
  stop(): Promise<void>;
}

/** Lists run out by the day: looking four times a day tells admins within hours of a list entering the period. */
const EVERY_MS = 6 * 3_600_000;

/**
 * Looks on start and then every six hours for provider-published holiday lists that run out within
 * `warnWithinDays`, and tells the admins by email (once per list version: the outbox keys each message).
 */
export function startHolidayListWatch(
  store: Store,
  options: { warnWithinDays: number; everyMs?: number },
  on: { warned(lists: HolidayListCoverageJson[]): void; error(e: unknown): void },
): HolidayListWatch {
  let running: Promise<void> = Promise.resolve();
  const look = () => {
    // Never rejects: a failed look is reported and the next one made at its time.
    running = running
      .then(() => warnOfEndingHolidayLists(store.context(SYSTEM), options.warnWithinDays))
      .then((lists) => {
        if (lists.length) on.warned(lists);
      })
      .catch(on.error);
  };
  look();
  const timer = setInterval(look, options.everyMs ?? EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
