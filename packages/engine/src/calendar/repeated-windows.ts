import { Temporal } from 'temporal-polyfill';
import { localToEpochMs } from './local-time.js';

/** How a maintenance window repeats: every day or week, at the same wall-clock time in a zone, so many times. */
export interface RepeatRule {
  every: 'day' | 'week';
  /** How many occurrences in all, the first included. */
  count: number;
  /** The zone whose wall clock the occurrences keep (Tactful: the customer's server zone). */
  zone: string;
}

export interface Occurrence {
  start: number;
  end: number;
}

/** The most occurrences one series may have: two years of a weekly window. */
export const MAX_OCCURRENCES = 104;

/**
 * The occurrences of a window repeated by `rule`: each starts at the first one's local wall-clock time in the rule's
 * zone, one day or week after the one before, and lasts as long as the first (real time: a 2-hour window is 2 hours
 * on the night the clocks change too). A start that falls in a spring-forward gap moves to the end of the gap, an
 * ambiguous one takes the earlier instant (the engine's DST policy, local-time.ts). Pure: no clock is read.
 */
export function repeatedWindows(first: Occurrence, rule: RepeatRule): Occurrence[] {
  if (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_OCCURRENCES)
    throw new RangeError(`a series has from 1 to ${MAX_OCCURRENCES} occurrences, not ${rule.count}`);
  if (!(first.end > first.start)) throw new RangeError('a window ends after it starts');
  const local = Temporal.Instant.fromEpochMilliseconds(first.start).toZonedDateTimeISO(rule.zone);
  const minutes = local.hour * 60 + local.minute;
  // Seconds and milliseconds past the minute are kept as they are: wall-clock minutes are what the zone moves.
  const within = local.second * 1000 + local.millisecond;
  const length = first.end - first.start;
  const step = rule.every === 'week' ? 7 : 1;
  const date = local.toPlainDate();
  const out: Occurrence[] = [];
  for (let i = 0; i < rule.count; i++) {
    const start = localToEpochMs(rule.zone, date.add({ days: i * step }), minutes) + within;
    out.push({ start, end: start + length });
  }
  return out;
}
