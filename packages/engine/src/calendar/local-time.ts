import { Temporal } from 'temporal-polyfill';

/**
 * Local wall time → UTC instant, with the DST policy of ARCHITECTURE.md: a local time inside a
 * spring-forward gap resolves to the first instant after the gap (the transition itself); an ambiguous
 * local time (fall-back overlap) resolves to the earlier instant.
 */
export function localToEpochMs(zone: string, date: Temporal.PlainDate, minutes: number): number {
  const day = minutes >= 1440 ? date.add({ days: Math.floor(minutes / 1440) }) : date;
  const m = minutes % 1440;
  const wall = day.toPlainDateTime({ hour: Math.floor(m / 60), minute: m % 60 });
  const zoned = wall.toZonedDateTime(zone, { disambiguation: 'earlier' });
  if (Temporal.PlainDateTime.compare(zoned.toPlainDateTime(), wall) === 0) return zoned.epochMilliseconds;
  // In a gap 'earlier' moved the wall time back by the gap's length; the gap ends at the next transition.
  const transition = zoned.getTimeZoneTransition('next');
  if (!transition) throw new Error(`no time zone transition after a gap in ${zone}`);
  return transition.epochMilliseconds;
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(zone: string, epochMs: number): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).toPlainDate();
}

/** Throws a RangeError unless `zone` is an IANA zone name the runtime knows. */
export function assertValidZone(zone: string): void {
  Temporal.ZonedDateTime.from({ year: 2000, month: 1, day: 1, timeZone: zone });
}
