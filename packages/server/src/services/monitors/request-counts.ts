import {
  insertRequestCounts,
  listMonitorsById,
  type MonitorRow,
} from '../../storage/repositories/monitor-repository.js';
import { invalidateDailyUptime } from '../../storage/repositories/status-uptime-repository.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { monitorRow } from './get.js';
import { requirePushToken } from './push-token.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

export interface RequestCountInput {
  start: number;
  end: number;
  total: number;
  failed: number;
}

/** The provider's systems post good/total counts per interval (with the monitor's push token). */
export async function postRequestCounts(
  ctx: ServiceContext,
  monitorId: string,
  authorization: string | undefined,
  rows: readonly RequestCountInput[],
): Promise<{ accepted: number }> {
  const monitor = await monitorRow(ctx, monitorId);
  requirePushToken(monitor, authorization);
  return storeRequestCounts(ctx, monitor, rows);
}

/** Stores counts of a request-count monitor (posted, or the increase between two Prometheus scrapes). */
export async function storeRequestCounts(
  ctx: ServiceContext,
  monitor: MonitorRow,
  rows: readonly RequestCountInput[],
): Promise<{ accepted: number }> {
  if (monitor.type !== 'requests')
    throw new ServiceError('invalid', `monitor ${monitor.id} is a ${monitor.type} monitor, not a request-count one`);
  rows.forEach((r, i) => {
    if (r.end <= r.start) throw new ServiceError('invalid', `counts/${i}: end is not after start`, `counts/${i}/end`);
    if (r.failed > r.total)
      throw new ServiceError('invalid', `counts/${i}: more failed than total requests`, `counts/${i}/failed`);
  });
  await writeTransaction(ctx, async (trx) => {
    await insertRequestCounts(
      trx,
      rows.map((r) => ({ monitor_key: monitor.key, ...r })),
    );
    // The status page keeps days that are over and measures today and yesterday on every read
    // (services/status/daily-uptime.ts): counts from today on touch nothing kept. Counts of an earlier interval (a
    // late post, a correction) drop the kept days they can change, as late location changes do (location-changes.ts;
    // within the hour before midnight, "today" is taken as tomorrow).
    if (!rows.length) return;
    const from = Math.min(...rows.map((r) => r.start));
    if (from < Math.floor((ctx.now() + HOUR) / DAY) * DAY)
      await invalidateDailyUptime(trx, from, Math.max(...rows.map((r) => r.end)));
  });
  return { accepted: rows.length };
}

/** Counts a probe scraped from Prometheus endpoints, for the monitors measured from its location. */
export async function recordProbeCounts(
  ctx: ServiceContext,
  location: string,
  counts: readonly (RequestCountInput & { monitorId: string })[],
): Promise<number> {
  requireStaffWrite(ctx);
  const monitors = new Map(
    (
      await listMonitorsById(
        ctx.db,
        counts.map((c) => c.monitorId),
      )
    ).map((m) => [m.id, m]),
  );
  let accepted = 0;
  for (const c of counts) {
    const m = monitors.get(c.monitorId);
    if (!m || !(JSON.parse(m.locations) as string[]).includes(location)) continue;
    accepted += (await storeRequestCounts(ctx, m, [{ start: c.start, end: c.end, total: c.total, failed: c.failed }]))
      .accepted;
  }
  return accepted;
}
