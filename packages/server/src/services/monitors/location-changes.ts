import { locationChanges, type LocationLast } from '@surety/engine';
import type { Executor } from '../../storage/repositories/executor.js';
import { invalidateDailyUptime } from '../../storage/repositories/status-uptime-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import {
  changeBefore,
  changesBetween,
  listMonitors,
  monitorsWithLastSample,
  replaceChangesFrom,
  replaceChangesOf,
  samplesBetween,
  samplesFrom,
  type ChangesReplacement,
  type MonitorRow,
  type SampleRow,
} from '../../storage/repositories/monitor-repository.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * How long a location's last result holds: two and a half intervals, so one late or lost check is not silence;
 * after that the location is "no data". Heartbeats also allow their grace.
 */
export function staleAfterMs(monitor: Pick<MonitorRow, 'interval_ms' | 'config'>): number {
  const grace = (JSON.parse(monitor.config) as { graceMs?: number }).graceMs ?? 0;
  return Math.round(monitor.interval_ms * 2.5) + grace;
}

/**
 * Derives a monitor's location changes again from `from` up to `until` from its raw samples: called with the
 * earliest sample of each batch, so that a batch arriving late (a probe agent's buffer) puts its changes at their
 * real instants, and with the last sample when a location may have fallen silent since.
 */
export async function rederiveChanges(db: Executor, monitor: MonitorRow, from: number, until: number): Promise<void> {
  const stale = staleAfterMs(monitor);
  const last: LocationLast = new Map();
  for (const s of await samplesBetween(db, monitor.key, from - stale, from))
    last.set(s.location_key, { t: s.t, ok: s.ok === 1 });
  const before = await changeBefore(db, monitor.key, from);
  const previous = before ? { failing: before.failing, reporting: before.reporting } : { failing: 0, reporting: 0 };
  const samples = (await samplesBetween(db, monitor.key, from, Number.MAX_SAFE_INTEGER)).map((s) => ({
    t: s.t,
    location: s.location_key,
    ok: s.ok === 1,
  }));
  const changes = locationChanges(samples, stale, Math.max(until, samples[samples.length - 1]?.t ?? 0), last, previous);
  const start = Math.min(from, changes[0]?.at ?? from);
  await replaceChangesFrom(
    db,
    monitor.key,
    start,
    changes.map((c) => ({ monitor_key: monitor.key, at: c.at, failing: c.failing, reporting: c.reporting })),
  );
  if (touchesKeptDays(start, until)) await invalidateDailyUptime(db, start, null);
}

/**
 * The status page keeps days that are over (services/status/daily-uptime.ts) and measures today and yesterday on
 * every read: changes from today on touch nothing kept. Changes reaching further back (a probe agent's late batch, a
 * location found silent long after) drop the kept days they can touch. Within the hour before midnight, "today" is
 * taken as tomorrow, so that a reader already past midnight is not left with a day measured before this change.
 */
function touchesKeptDays(start: number, until: number): boolean {
  return start < Math.floor((until + HOUR) / DAY) * DAY;
}

/**
 * A batch's monitors whose earliest sample is older than this (a probe agent's buffer arriving late) are derived one
 * by one (rederiveChanges), so that the batch's one read of samples and changes spans a few minutes, not hours.
 */
const BATCH_WINDOW_MS = 10 * 60_000;

/**
 * rederiveChanges for every monitor of a batch, each from its own `from`, with the same result, in a few statements
 * instead of a few per monitor (10,000 monitors at 30 s bring 333 a second, written while the status page waits): the
 * samples of all of them in one read per stale window (from the earliest `from` less that window; each monitor keeps
 * its own), their changes from the earliest `from` with the last one before it in one, then the replaced changes and
 * failing spans of all of them written together, and the kept days dropped once, from the earliest change.
 */
export async function rederiveChangesOf(
  db: Executor,
  items: readonly { monitor: MonitorRow; from: number }[],
  until: number,
): Promise<void> {
  const recent = items.filter((i) => i.from >= until - BATCH_WINDOW_MS);
  for (const { monitor, from } of items)
    if (from < until - BATCH_WINDOW_MS) await rederiveChanges(db, monitor, from, until);
  if (!recent.length) return;
  const staleOf = new Map(recent.map((i) => [i.monitor.key, staleAfterMs(i.monitor)]));
  const samples = new Map<number, SampleRow[]>();
  for (const [stale, group] of groupedBy(recent, (i) => staleOf.get(i.monitor.key)!)) {
    const keys = group.map((i) => i.monitor.key);
    const from = Math.min(...group.map((i) => i.from)) - stale;
    for (const [key, rows] of groupedBy(await samplesFrom(db, keys, from), (s) => s.monitor_key))
      samples.set(key, rows);
  }
  const earliest = Math.min(...recent.map((i) => i.from));
  const keys = recent.map((i) => i.monitor.key);
  const changes = groupedBy(await changesBetween(db, keys, earliest, Number.MAX_SAFE_INTEGER), (c) => c.monitor_key);
  const replacements: ChangesReplacement[] = [];
  for (const { monitor, from } of recent) {
    const stale = staleOf.get(monitor.key)!;
    const last: LocationLast = new Map();
    const after: { t: number; location: number; ok: boolean }[] = [];
    for (const s of samples.get(monitor.key) ?? [])
      if (s.t >= from) after.push({ t: s.t, location: s.location_key, ok: s.ok === 1 });
      else if (s.t >= from - stale) last.set(s.location_key, { t: s.t, ok: s.ok === 1 });
    const stored = changes.get(monitor.key) ?? [];
    const before = stored.filter((c) => c.at < from).pop();
    const previous = before ? { failing: before.failing, reporting: before.reporting } : { failing: 0, reporting: 0 };
    const rows = locationChanges(after, stale, Math.max(until, after[after.length - 1]?.t ?? 0), last, previous);
    // No change comes before `from`: every sample given is at `from` or later, and every location in `last` reports
    // until `from` at least. So each monitor's changes are replaced from its `from`, as rederiveChanges does.
    replacements.push({
      monitorKey: monitor.key,
      from,
      rows: rows.map((c) => ({ monitor_key: monitor.key, at: c.at, failing: c.failing, reporting: c.reporting })),
      stored: stored.filter((c) => c.at >= from).length,
      before,
    });
  }
  await replaceChangesOf(db, replacements);
  if (touchesKeptDays(earliest, until)) await invalidateDailyUptime(db, earliest, null);
}

/** Items by a key of theirs, each group in the items' order. */
function groupedBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const group = out.get(keyOf(item));
    if (group) group.push(item);
    else out.set(keyOf(item), [item]);
  }
  return out;
}

/**
 * Writes the instant each silent location fell silent: for monitors whose last sample is older than their stale
 * window, the changes are derived again from that sample up to `now` (no new sample would trigger it).
 */
export async function settleSilentLocations(ctx: ServiceContext): Promise<void> {
  const now = ctx.now();
  const monitors = new Map((await listMonitors(ctx.db)).map((m) => [m.key, m]));
  for (const { monitor_key, t } of await monitorsWithLastSample(ctx.db)) {
    const monitor = monitors.get(monitor_key);
    if (!monitor || t + staleAfterMs(monitor) > now) continue;
    const last = await changeBefore(ctx.db, monitor_key, now + 1);
    if (last && last.reporting === 0) continue;
    await writeTransaction(ctx, (trx) => rederiveChanges(trx, monitor, t, now));
  }
}
