import {
  changeBefore,
  findMonitor,
  latestOf,
  listLocations,
  listMonitors,
  rollupsOf,
  type MonitorRow,
} from '../../storage/repositories/monitor-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { monitorJson, locationResultJson, type MonitorJson, type MonitorStatusJson } from './monitor-json.js';
import { DAY } from './rollups.js';
import { wireInstant } from '../core/instants.js';

/*
 * Who reads monitors: every role, as with services (the status page shows what they measure to anyone). A monitor's
 * configuration names the provider's own endpoints, not another customer's data.
 */

export async function monitorRow(ctx: ServiceContext, id: string): Promise<MonitorRow> {
  const row = await findMonitor(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no monitor ${id}`);
  return row;
}

export async function getMonitor(ctx: ServiceContext, id: string): Promise<MonitorJson> {
  return monitorJson(await monitorRow(ctx, id));
}

export async function listMonitorsPage(
  ctx: ServiceContext,
  q: { serviceId?: string; componentId?: string; cursor?: string; limit: number },
): Promise<Page<MonitorJson>> {
  const after = decodeCursor<[string]>(q.cursor, ['string']);
  const rows = await listMonitors(ctx.db, {
    serviceId: q.serviceId,
    componentId: q.componentId,
    after: after?.[0],
    limit: q.limit + 1,
  });
  return pageOf(rows, q.limit, monitorJson, (r) => [r.id]);
}

/**
 * Where a monitor stands at `now`: up when no reporting location fails, down when every one does, degraded in
 * between, no data when none reports.
 */
export async function monitorStatus(ctx: ServiceContext, id: string): Promise<MonitorStatusJson> {
  const row = await monitorRow(ctx, id);
  const names = new Map((await listLocations(ctx.db)).map((l) => [l.key, l.name]));
  const change = await changeBefore(ctx.db, row.key, ctx.now() + 1);
  const failing = change?.failing ?? 0;
  const reporting = change?.reporting ?? 0;
  const state = reporting === 0 ? 'no_data' : failing === 0 ? 'up' : failing === reporting ? 'down' : 'degraded';
  return {
    monitorId: id,
    state,
    failing,
    reporting,
    since: change ? wireInstant(change.at) : null,
    locations: (await latestOf(ctx.db, row.key)).map((l) => locationResultJson(l, names.get(l.location_key) ?? '?')),
  };
}

/** Daily bars from the daily rollups: uptime share of measured time, checks and mean latency per UTC day. */
export async function monitorDays(ctx: ServiceContext, id: string, days: number) {
  const row = await monitorRow(ctx, id);
  const end = Math.floor(ctx.now() / DAY) * DAY;
  const rollups = await rollupsOf(ctx.db, row.key, DAY, end - days * DAY, end);
  return rollups.map((r) => {
    const measured = DAY - r.no_data_ms;
    return {
      day: wireInstant(r.start).slice(0, 10),
      uptime: measured > 0 ? 1 - r.impact_ms / measured : null,
      impactMs: r.impact_ms,
      noDataMs: r.no_data_ms,
      checks: r.checks,
      failed: r.failed,
      meanLatencyMs: r.checks ? Math.round(r.latency_sum / r.checks) : null,
    };
  });
}
