import { Temporal } from 'temporal-polyfill';

/**
 * Instants as people write them at the edges: ISO-8601 with an offset or Z ("2026-07-02T15:00:00-07:00"),
 * or epoch milliseconds. A local time without an offset is refused: it names no instant.
 */
export function parseInstant(value: unknown): number | string {
  const t = parseAnyInstant(value);
  if (typeof t === 'string' || (t >= SUPPORTED.from && t < SUPPORTED.to)) return t;
  return `expected an instant in the years 1900 to 9999, found ${JSON.stringify(value)}`;
}

/** The instants calendars, holidays and reports can work with. */
const SUPPORTED = { from: Date.UTC(1900, 0, 1), to: Date.UTC(10000, 0, 1) };

function parseAnyInstant(value: unknown): number | string {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'expected epoch milliseconds';
  if (typeof value !== 'string')
    return `expected an ISO-8601 instant such as 2026-07-02T15:00:00-07:00, found ${JSON.stringify(value)}`;
  if (/^\d+$/.test(value)) return Number(value);
  try {
    return Temporal.Instant.from(value).epochMilliseconds;
  } catch {
    return `expected an ISO-8601 instant with an offset or Z, such as 2026-07-02T15:00:00-07:00, found '${value}'`;
  }
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
