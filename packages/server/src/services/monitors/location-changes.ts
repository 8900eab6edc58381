import { locationChanges, type LocationLast } from '@surety/engine';
import type { Executor } from '../../storage/repositories/executor.js';
import { invalidateDailyUptime } from '../../storage/repositories/status-uptime-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import {
  changeBefore,
  listMonitors,
  monitorsWithLastSample,
  replaceChangesFrom,
  samplesBetween,
  type MonitorRow,
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
  // The status page keeps days that are over (services/status/daily-uptime.ts) and measures today and yesterday on
  // every read: changes from today on touch nothing kept. Changes reaching further back (a probe agent's late batch,
  // a location found silent long after) drop the kept days they can touch. Within the hour before midnight, "today"
  // is taken as tomorrow, so that a reader already past midnight is not left with a day measured before this change.
  if (start < Math.floor((until + HOUR) / DAY) * DAY) await invalidateDailyUptime(db, start, null);
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
