import type { CalendarSpec } from './calendar-spec.js';

const HOUR_MS = 3_600_000;

/**
 * The length of "one business day" for "N business days" targets: the contract's declared length, or
 * the calendar's standard open day, the daily open time that most weekdays share (ties go to the longer).
 * Mon–Fri 08:00–17:00 → 9 h; 24x7 → 24 h.
 */
export function businessDayMs(spec: CalendarSpec): number {
  if (spec.businessDayMs !== undefined) return spec.businessDayMs;
  if (spec.weekly === '24x7') return 24 * HOUR_MS;
  const minutesByDay = new Map<string, number>();
  for (const w of spec.weekly) {
    const length = (w.end <= w.start ? w.end + 1440 : w.end) - w.start;
    for (const d of w.days) minutesByDay.set(d, (minutesByDay.get(d) ?? 0) + length);
  }
  const counts = new Map<number, number>();
  for (const m of minutesByDay.values()) if (m > 0) counts.set(m, (counts.get(m) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [m, c] of counts) {
    if (c > bestCount || (c === bestCount && m > best)) [best, bestCount] = [m, c];
  }
  return best * 60_000;
}
