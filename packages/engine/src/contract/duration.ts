/**
 * Durations as contracts write them ("8 business hours", "2 working days", "1h30m", "1 week"), turned
 * into business time of a calendar. Days and weeks are whole 24-hour days and so only make sense on a
 * 24x7 calendar; on a business calendar a contract must say "business days" (N × the business day).
 */
export type DurationUnit = 'time' | 'businessDay' | 'day';

export interface ParsedDuration {
  amount: number; // ms for 'time', a count for 'businessDay' and 'day'
  unit: DurationUnit;
}

const UNIT_MS: [RegExp, DurationUnit, number][] = [
  [/^(s|sec|secs|seconds?)$/, 'time', 1000],
  [/^(m|min|mins|minutes?)$/, 'time', 60_000],
  [/^(h|hrs?|hours?|business hours?|working hours?)$/, 'time', 3_600_000],
  [/^(d|days?)$/, 'day', 1],
  [/^(w|weeks?)$/, 'day', 7],
  [/^(business days?|working days?)$/, 'businessDay', 1],
];

export function parseDuration(text: string): ParsedDuration | undefined {
  const simple = /^\s*(\d+(?:\.\d+)?)\s*([a-z ]+?)\s*$/i.exec(text);
  if (simple) {
    const unitText = simple[2]!.toLowerCase().replace(/\s+/g, ' ');
    for (const [pattern, unit, factor] of UNIT_MS) {
      if (pattern.test(unitText)) return { amount: Number(simple[1]) * factor, unit };
    }
    return undefined;
  }
  const compound = /^\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+(?:\.\d+)?)s)?\s*$/i.exec(text);
  if (!compound || !(compound[1] || compound[2] || compound[3])) return undefined;
  const [h, m, s] = [compound[1], compound[2], compound[3]].map((x) => Number(x ?? 0)) as [number, number, number];
  return { amount: Math.round(((h * 60 + m) * 60 + s) * 1000), unit: 'time' };
}

/** The longest duration a contract may write: beyond it deadlines leave the years instants can represent. */
export const MAX_DURATION_YEARS = 100;
const MAX_DURATION_DAYS = MAX_DURATION_YEARS * 366;

/** Whether a duration's text, if it parses, stays within MAX_DURATION_YEARS (a business day is at most 24h). */
export function withinDurationLimit(text: string): boolean {
  const d = parseDuration(text);
  if (!d) return true; // the pattern reports text that is not a duration
  return d.unit === 'time' ? d.amount <= MAX_DURATION_DAYS * 86_400_000 : d.amount <= MAX_DURATION_DAYS;
}

/** Business time in ms, or a message saying why the duration does not fit the calendar. */
export function durationMs(
  d: ParsedDuration,
  calendar: { name: string; is24x7: boolean; businessDayMs: number },
): number | string {
  switch (d.unit) {
    case 'time':
      return d.amount;
    case 'businessDay':
      return d.amount * calendar.businessDayMs;
    case 'day':
      return calendar.is24x7
        ? d.amount * 86_400_000
        : `days and weeks are 24-hour days, which calendar '${calendar.name}' does not have: write business days, or use a 24x7 calendar`;
  }
}

/**
 * "38h 30m" style text for reports. Business time is never shown in days: a business "day" is not 24 hours.
 */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.round(Math.abs(ms));
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const secondsMs = abs % 60_000;
  // Seconds keep their fraction (allowable downtime is exact: 40m 19.2s), without trailing zeros.
  const s =
    secondsMs % 1000 ? `${(secondsMs / 1000).toFixed(3).replace(/0+$/, '')}s` : secondsMs ? `${secondsMs / 1000}s` : '';
  const parts = [h ? `${h}h` : '', m ? `${m}m` : '', s].filter(Boolean);
  return sign + (parts.join(' ') || '0s');
}
