// The business-time bench's calendar, holiday list and seeded cases. Imported by the main bench process, the
// peer host child processes and their worker threads, so that every one of them sees the very same cases.
import Holidays from 'date-holidays';
import { mulberry32, randomInt } from '../seeded-random.mjs';

export const ZONE = 'America/Los_Angeles';
export const YEAR = 2026;
export const OPEN_MINUTE = 8 * 60; // 08:00 local
export const CLOSE_MINUTE = 17 * 60; // 17:00 local
export const CASE_COUNT = 100_000;
export const SEED = 0x2026_b7; // any fixed number; changing it changes every case
export const MIN_ADD_MINUTES = 60; // 1 business hour
export const MAX_ADD_MINUTES = 40 * 60; // 40 business hours
export const MAX_INTERVAL_MINUTES = 30 * 1440; // 30 days
/** Holiday years given to every implementation: cases start in 2026 but may reach into early 2027. */
export const HOLIDAY_YEARS = [YEAR - 1, YEAR, YEAR + 1];

const MINUTE = 60_000;

/** What became of one peer case. Wrong, by the bench's rules: anything but OK with Surety's answer. */
export const STATUS = { NOT_CHECKED: 0, OK: 1, THREW: 2, HUNG: 3, NOT_RUN: 4 };

/** The Surety calendar spec of the bench (Mon–Fri 08:00–17:00 America/Los_Angeles, US public holidays). */
export const CALENDAR_SPEC = {
  name: 'bench-us-la',
  zone: ZONE,
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: OPEN_MINUTE, end: CLOSE_MINUTE }],
  closures: [{ kind: 'holidays', country: 'US', types: ['public'] }],
};

/** date-holidays, country US, types ['public']: the local dates (YYYY-MM-DD) of `years`, sorted, no repeats. */
export function usPublicHolidays(years = HOLIDAY_YEARS) {
  const source = new Holidays('US');
  const dates = new Set();
  for (const year of years) {
    for (const h of source.getHolidays(year, 'en')) if (h.type === 'public') dates.add(h.date.slice(0, 10));
  }
  return [...dates].sort();
}

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The zone's wall clock at instant `t`, read as if it were UTC (epoch ms), from Intl alone. */
function wallAsUtc(t) {
  const p = {};
  for (const part of wallClock.formatToParts(t)) p[part.type] = part.value;
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
}

/**
 * Local wall time (`minutes` after local midnight of year-month-day) in ZONE → epoch ms, from Intl alone
 * (independent of Surety's Temporal-based conversion). Only for wall times that exist once: the bench's
 * 08:00 and 17:00 and local midnights are never in a DST gap or overlap in America/Los_Angeles.
 */
export function localToEpochMs(year, month, day, minutes) {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const guess = wall - (wallAsUtc(wall) - wall);
  return wall - (wallAsUtc(guess) - guess);
}

/** "2026-03-06 Fri 16:00 PST" style text of an instant in ZONE, for examples. */
const localText = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  hourCycle: 'h23',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});
export function formatLocal(t) {
  if (!Number.isFinite(t)) return String(t);
  const p = {};
  for (const part of localText.formatToParts(t)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.weekday} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** "-1 h", "30 h 51 min"-style text of a duration in ms (hours, not days: business days are 9 h here). */
export function formatDuration(ms) {
  if (!Number.isFinite(ms)) return String(ms);
  const sign = ms < 0 ? '-' : '';
  const total = Math.abs(ms) / MINUTE;
  const h = Math.floor(total / 60);
  const m = +(total - h * 60).toFixed(3);
  const parts = [];
  if (h) parts.push(`${h} h`);
  if (m || parts.length === 0) parts.push(`${m} min`);
  return sign + parts.join(' ');
}

/** First and last+1 instants of the bench year in ZONE. */
export const YEAR_START = localToEpochMs(YEAR, 1, 1, 0);
export const YEAR_END = localToEpochMs(YEAR + 1, 1, 1, 0);

/**
 * The seeded cases, all instants whole minutes:
 * - add: `addStart` uniform over the local year 2026, `addMinutes` uniform in 60..2400 (1–40 business hours);
 * - between: `betweenA` uniform over the local year 2026, `betweenB` = a + a length uniform in 0..30 days.
 */
export function generateCases(seed = SEED, count = CASE_COUNT) {
  const next = mulberry32(seed);
  const yearMinutes = (YEAR_END - YEAR_START) / MINUTE;
  const addStart = new Float64Array(count);
  const addMinutes = new Float64Array(count);
  const betweenA = new Float64Array(count);
  const betweenB = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    addStart[i] = YEAR_START + randomInt(next, 0, yearMinutes - 1) * MINUTE;
    addMinutes[i] = randomInt(next, MIN_ADD_MINUTES, MAX_ADD_MINUTES);
    betweenA[i] = YEAR_START + randomInt(next, 0, yearMinutes - 1) * MINUTE;
    betweenB[i] = betweenA[i] + randomInt(next, 0, MAX_INTERVAL_MINUTES) * MINUTE;
  }
  return { addStart, addMinutes, betweenA, betweenB, count };
}
