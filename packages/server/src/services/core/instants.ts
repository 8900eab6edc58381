import { INPUT_FIRST_YEAR, INPUT_LAST_YEAR, InvalidInput } from '@surety/engine';
import { Temporal } from 'temporal-polyfill';

/**
 * The instants Surety takes in: the years the engine's calendars answer for, with room for the deadlines
 * computed from them (1901–2388). An instant outside them (`"99999999999999999999"` ms, 1899) would break
 * every later report that reads it, so it is refused where it comes in.
 */
export const EARLIEST_INSTANT = Temporal.Instant.from(`${INPUT_FIRST_YEAR}-01-01T00:00:00Z`).epochMilliseconds;
export const LATEST_INSTANT = Temporal.Instant.from(`${INPUT_LAST_YEAR}-12-31T23:59:59.999Z`).epochMilliseconds;
const RANGE = `from ${INPUT_FIRST_YEAR}-01-01 to ${INPUT_LAST_YEAR}-12-31 UTC`;

/** An instant on the wire: ISO-8601 UTC with milliseconds, `2026-07-02T15:00:00.000Z`. */
export function wireInstant(epochMs: number): string {
  // Formats the given instant; reads no clock.
  return new Date(epochMs).toISOString();
}

/** `wireInstant`, and null for an absent instant (never a sentinel string). */
export function wireInstantOrNull(epochMs: number | null | undefined): string | null {
  return epochMs === null || epochMs === undefined || !Number.isFinite(epochMs) ? null : wireInstant(epochMs);
}

/**
 * An instant read back from stored JSON (ticket projections), in the wire form whatever form it was saved in:
 * projections saved before the wire form settled hold `…:00Z` and `'never'`.
 */
export function storedInstant(text: string | null): string | null {
  return text === null || text === 'never' ? null : wireInstant(Date.parse(text));
}

/** Whether an epoch-ms instant is one Surety can represent (see EARLIEST_INSTANT). */
export function inSupportedRange(epochMs: number): boolean {
  return Number.isInteger(epochMs) && epochMs >= EARLIEST_INSTANT && epochMs <= LATEST_INSTANT;
}

/**
 * Instants as people write them in files and on the command line: ISO-8601 with an offset or Z
 * ("2026-07-02T15:00:00-07:00"), or epoch milliseconds. A local time without an offset is refused: it names
 * no instant. So is an instant outside the supported years.
 */
export function parseInstant(value: unknown): number | InvalidInput {
  let t: number;
  if (typeof value === 'number') t = value;
  else if (typeof value !== 'string')
    return new InvalidInput(
      `expected an ISO-8601 instant such as 2026-07-02T15:00:00-07:00, found ${JSON.stringify(value)}`,
    );
  else if (/^\d+$/.test(value)) t = Number(value);
  else {
    try {
      t = Temporal.Instant.from(value).epochMilliseconds;
    } catch {
      return new InvalidInput(
        `expected an ISO-8601 instant with an offset or Z, such as 2026-07-02T15:00:00-07:00, found '${value}'`,
      );
    }
  }
  return inSupportedRange(t) ? t : new InvalidInput(`expected an instant ${RANGE}, found '${String(value)}'`);
}

/** "2026-07-06 14:00 PDT": an instant as wall time in a zone, for display. */
export function formatInZone(epochMs: number | null, zone: string): string {
  if (epochMs === null) return '-';
  if (!Number.isFinite(epochMs)) return 'never';
  const z = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  const abbreviation =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(epochMs)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = z.second ? `:${pad(z.second)}` : '';
  return `${z.year}-${pad(z.month)}-${pad(z.day)} ${pad(z.hour)}:${pad(z.minute)}${seconds} ${abbreviation}`;
}
