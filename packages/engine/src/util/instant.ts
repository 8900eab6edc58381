import { Temporal } from 'temporal-polyfill';

/**
 * ISO-8601 UTC text of an epoch-ms instant, for messages and output, as Temporal.Instant prints it (no
 * fraction when the milliseconds are zero, trailing zeros of the fraction dropped). Built from
 * Date#toISOString, which prints the same fields ten times faster: every projection the server saves formats
 * a ticket's instants, so this is on the hot path of every write.
 */
export function isoInstant(epochMs: number): string {
  // Formats the given instant; reads no clock. RangeError outside ±8.64e15 ms, as Temporal.
  // eslint-disable-next-line no-restricted-globals
  const text = new Date(epochMs).toISOString();
  if (text.endsWith('.000Z')) return `${text.slice(0, -5)}Z`;
  if (text.endsWith('00Z')) return `${text.slice(0, -3)}Z`;
  if (text.endsWith('0Z')) return `${text.slice(0, -2)}Z`;
  return text;
}

/** The UTC calendar year of an epoch-ms instant. */
export function utcYear(epochMs: number): number {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO('UTC').year;
}
