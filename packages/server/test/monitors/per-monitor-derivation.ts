import { locationChanges, type LocationLast } from '@surety/engine';
import type { ServiceContext } from '../../src/services/core/service-context.js';
import { writeTransaction } from '../../src/services/core/write-transaction.js';
import { staleAfterMs } from '../../src/services/monitors/location-changes.js';
import type { Executor } from '../../src/storage/repositories/executor.js';
import {
  changeBefore,
  listMonitors,
  monitorsWithLastSample,
  samplesBetween,
  type ChangeRow,
  type MonitorRow,
} from '../../src/storage/repositories/monitor-repository.js';
import { invalidateDailyUptime } from '../../src/storage/repositories/status-uptime-repository.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * The reference the batch derivation (rederiveChangesOf) must equal: one monitor's location changes derived again
 * from `from` up to `until` from its raw samples, its changes and failing spans then replaced with plain statements
 * one at a time, as the server did before batches were derived together. Kept here, not in the server, so that one
 * mechanism writes failing spans and this one only checks it.
 */
export async function rederiveOneMonitor(
  db: Executor,
  monitor: MonitorRow,
  from: number,
  until: number,
): Promise<void> {
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
  // The kept days a change from `start` can touch (services/monitors/location-changes.ts, touchesKeptDays).
  if (start < Math.floor((until + HOUR) / DAY) * DAY) await invalidateDailyUptime(db, start, null);
}

/** settleSilentLocations, one monitor and one transaction at a time, through rederiveOneMonitor. */
export async function settleSilentOneByOne(ctx: ServiceContext): Promise<void> {
  const now = ctx.now();
  const monitors = new Map((await listMonitors(ctx.db)).map((m) => [m.key, m]));
  for (const { monitor_key, t } of await monitorsWithLastSample(ctx.db)) {
    const monitor = monitors.get(monitor_key);
    if (!monitor || t + staleAfterMs(monitor) > now) continue;
    const last = await changeBefore(ctx.db, monitor_key, now + 1);
    if (last && last.reporting === 0) continue;
    await writeTransaction(ctx, (trx) => rederiveOneMonitor(trx, monitor, t, now));
  }
}

async function replaceChangesFrom(db: Executor, monitorKey: number, from: number, rows: readonly ChangeRow[]) {
  await db.deleteFrom('monitor_changes').where('monitor_key', '=', monitorKey).where('at', '>=', from).execute();
  for (const r of rows) await db.insertInto('monitor_changes').values(r).execute();
  // The failing spans from `from` on go; the one holding at `from` is open again; the new changes open and close them.
  await db
    .deleteFrom('monitor_failing_spans')
    .where('monitor_key', '=', monitorKey)
    .where('start', '>=', from)
    .execute();
  let failing = ((await changeBefore(db, monitorKey, from))?.failing ?? 0) > 0;
  if (failing)
    await db
      .updateTable('monitor_failing_spans')
      .set({ end: null })
      .where('monitor_key', '=', monitorKey)
      .where('start', '<', from)
      .where((eb) => eb.or([eb('end', 'is', null), eb('end', '>=', from)]))
      .execute();
  for (const r of rows) {
    if (!failing && r.failing > 0)
      await db
        .insertInto('monitor_failing_spans')
        .values({ monitor_key: monitorKey, start: r.at, end: null })
        .execute();
    else if (failing && r.failing === 0)
      await db
        .updateTable('monitor_failing_spans')
        .set({ end: r.at })
        .where('monitor_key', '=', monitorKey)
        .where('end', 'is', null)
        .execute();
    failing = r.failing > 0;
  }
}
