// Adapters that put each peer library behind the same two functions Surety offers, in epoch ms:
//   add(t, minutes) → instant, between(a, b) → business ms in [a, b).
// Converting epoch ms to the peer's date object and back is part of each call, as it is for any caller.
import { ZONE, OPEN_MINUTE, CLOSE_MINUTE } from './cases.mjs';

const MINUTE = 60_000;
const hhmmss = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
const OPEN = hhmmss(OPEN_MINUTE);
const CLOSE = hhmmss(CLOSE_MINUTE);

/**
 * How each peer is run. `tz` is the TZ environment of the process the peer runs in; `headline` peers count
 * towards the goals, the others are diagnostics.
 */
export const PEERS = {
  'moment-business-time': {
    label: 'moment-business-time',
    how: 'moment-timezone: moment.tz(t, "America/Los_Angeles"); process TZ=UTC',
    tz: 'UTC',
    headline: true,
  },
  'dayjs-business-time': {
    label: 'dayjs-business-time',
    how:
      'plain dayjs in a child process with TZ=America/Los_Angeles (dayjs-business-time cannot work through ' +
      'dayjs/plugin/timezone: see the diagnostic row)',
    tz: ZONE,
    headline: true,
  },
  'dayjs-business-time-tz-plugin': {
    label: 'dayjs-business-time via dayjs/plugin/timezone',
    how: 'dayjs(t).tz("America/Los_Angeles") with the utc+timezone plugins; process TZ=UTC',
    tz: 'UTC',
    headline: false,
  },
};

export async function loadPeer(name, holidays) {
  switch (name) {
    case 'moment-business-time':
      return loadMoment(holidays);
    case 'dayjs-business-time':
      return loadDayjs(holidays, false);
    case 'dayjs-business-time-tz-plugin':
      return loadDayjs(holidays, true);
    default:
      throw new Error(`unknown peer ${name}`);
  }
}

async function loadMoment(holidays) {
  // moment-timezone patches and returns the same `moment` that moment-business-time patches.
  const { default: moment } = await import('moment-timezone');
  await import('moment-business-time');
  const day = [OPEN, CLOSE];
  moment.updateLocale(moment.locale(), {
    workinghours: { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null },
    holidays,
  });
  return {
    add: (t, minutes) => moment.tz(t, ZONE).addWorkingTime(minutes, 'minutes').valueOf(),
    // a.workingDiff(b) is a − b, like moment#diff.
    between: (a, b) => moment.tz(b, ZONE).workingDiff(moment.tz(a, ZONE), 'milliseconds'),
  };
}

async function loadDayjs(holidays, viaTzPlugin) {
  const { default: dayjs } = await import('dayjs');
  const { default: businessTime } = await import('dayjs-business-time');
  let at = (t) => dayjs(t);
  if (viaTzPlugin) {
    const { default: utc } = await import('dayjs/plugin/utc.js');
    const { default: timezone } = await import('dayjs/plugin/timezone.js');
    dayjs.extend(utc);
    dayjs.extend(timezone);
    at = (t) => dayjs(t).tz(ZONE);
  }
  dayjs.extend(businessTime);
  const day = [{ start: OPEN, end: CLOSE }];
  dayjs.setBusinessTime({
    sunday: null,
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: null,
  });
  dayjs.setHolidays(holidays);
  return {
    add: (t, minutes) => at(t).addBusinessMinutes(minutes).valueOf(),
    // a.businessMinutesDiff(b) is b − a, in whole minutes.
    between: (a, b) => at(a).businessMinutesDiff(at(b)) * MINUTE,
  };
}
