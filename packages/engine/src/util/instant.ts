import { Temporal } from 'temporal-polyfill';

/** ISO-8601 UTC text of an epoch-ms instant, for messages and output. */
export function isoInstant(epochMs: number): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toString();
}

/** The UTC calendar year of an epoch-ms instant. */
export function utcYear(epochMs: number): number {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO('UTC').year;
}
