import { locationChanges, type LocationLast } from '@surety/engine';
import type { Executor } from '../../storage/repositories/executor.js';
import { invalidateDailyUptime } from '../../storage/repositories/status-uptime-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import {
  changesBetween,
  listMonitors,
  monitorsWithLastSample,
  replaceChangesOf,
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
 * The status page keeps days that are over (services/status/daily-uptime.ts) and measures today and yesterday on
 * every read: changes from today on touch nothing kept. Changes reaching further back (a probe agent's late batch, a
 * location found silent long after) drop the kept days they can touch. Within the hour before midnight, "today" is
 * taken as tomorrow, so that a reader already past midnight is not left with a day measured before this change.
 */
function touchesKeptDays(start: number, until: number): boolean {
  return start < Math.floor((until + HOUR) / DAY) * DAY;
}

/**
 * How far apart the `from`s of monitors derived together may lie: the samples and changes of a group are read from its
 * earliest `from`, so a probe agent's buffer arriving hours late is derived in a group of its own and the batch's
 * current monitors still read a few minutes, not hours.
 */
const GROUP_WINDOW_MS = 10 * 60_000;

/**
 * Derives the location changes of a batch's monitors again, each from its own `from` up to `until`, from their raw
 * samples: called with each monitor's earliest sample of a probe batch, so that a batch arriving late (a probe agent's
 * buffer) puts its changes at their real instants, and with the last sample when a location may have fallen silent
 * since (settleSilentLocations). 10,000 monitors at 30 s bring 333 a second, written while the status page waits, so
 * they are derived together in a few statements, not a few per monitor: monitors whose `from`s lie close are grouped
 * (GROUP_WINDOW_MS); a group's samples are read once per stale window (from the earliest `from` less that window;
 * each monitor keeps its own), its changes from the earliest `from` with the last one before it in one read, then the
 * replaced changes and failing spans of all of them written together; the kept days are dropped once, from the
 * earliest `from`.
 */
export async function rederiveChangesOf(
  db: Executor,
  items: readonly { monitor: MonitorRow; from: number }[],
  until: number,
): Promise<void> {
  if (!items.length) return;
  for (const group of closeTogether(items)) await rederiveGroup(db, group, until);
  const earliest = Math.min(...items.map((i) => i.from));
  if (touchesKeptDays(earliest, until)) await invalidateDailyUptime(db, earliest, null);
}

/** Items by `from`, in groups whose `from`s lie within GROUP_WINDOW_MS of the group's first. */
function closeTogether<T extends { from: number }>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const item of [...items].sort((a, b) => a.from - b.from)) {
    const last = groups[groups.length - 1];
    if (last && item.from - last[0]!.from <= GROUP_WINDOW_MS) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

async function rederiveGroup(
  db: Executor,
  group: readonly { monitor: MonitorRow; from: number }[],
  until: number,
): Promise<void> {
  const staleOf = new Map(group.map((i) => [i.monitor.key, staleAfterMs(i.monitor)]));
  const samples = new Map<number, SampleRow[]>();
  for (const [stale, sameStale] of groupedBy(group, (i) => staleOf.get(i.monitor.key)!)) {
    const keys = sameStale.map((i) => i.monitor.key);
    const from = Math.min(...sameStale.map((i) => i.from)) - stale;
    for (const [key, rows] of groupedBy(await samplesFrom(db, keys, from), (s) => s.monitor_key))
      samples.set(key, rows);
  }
  const earliest = Math.min(...group.map((i) => i.from));
  const keys = group.map((i) => i.monitor.key);
  const changes = groupedBy(await changesBetween(db, keys, earliest, Number.MAX_SAFE_INTEGER), (c) => c.monitor_key);
  const replacements: ChangesReplacement[] = [];
  for (const { monitor, from } of group) {
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
    // until `from` at least. So each monitor's changes are replaced from its `from`.
    replacements.push({
      monitorKey: monitor.key,
      from,
      rows: rows.map((c) => ({ monitor_key: monitor.key, at: c.at, failing: c.failing, reporting: c.reporting })),
      stored: stored.filter((c) => c.at >= from).length,
      before,
    });
  }
  await replaceChangesOf(db, replacements);
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

/** Silent monitors settled in one transaction: a whole location gone quiet is thousands, each written once. */
const SETTLE_CHUNK = 500;

/**
 * Writes the instant each silent location fell silent: for monitors whose last sample is older than their stale
 * window while their last change still counts reporting locations, the changes are derived again from that sample up
 * to `now` (no new sample would trigger it), together, a transaction per SETTLE_CHUNK monitors.
 */
export async function settleSilentLocations(ctx: ServiceContext): Promise<void> {
  const now = ctx.now();
  const monitors = new Map((await listMonitors(ctx.db)).map((m) => [m.key, m]));
  const stale = (await monitorsWithLastSample(ctx.db)).flatMap(({ monitor_key, t }) => {
    const monitor = monitors.get(monitor_key);
    return monitor && t + staleAfterMs(monitor) <= now ? [{ monitor, from: t }] : [];
  });
  // Each one's last change up to now (an empty range: only the change holding at `now + 1`).
  const keys = stale.map((i) => i.monitor.key);
  const settled = new Set(
    (await changesBetween(ctx.db, keys, now + 1, now + 1)).filter((c) => c.reporting === 0).map((c) => c.monitor_key),
  );
  const silent = stale.filter((i) => !settled.has(i.monitor.key));
  for (let i = 0; i < silent.length; i += SETTLE_CHUNK)
    await writeTransaction(ctx, (trx) => rederiveChangesOf(trx, silent.slice(i, i + SETTLE_CHUNK), now));
}
