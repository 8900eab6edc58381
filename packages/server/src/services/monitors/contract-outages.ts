import {
  impactFromRequests,
  normalize,
  outagesFromImpact,
  outagesFromLocations,
  type AvailabilityTerms,
  type Interval,
  type LocationChange,
  type OutageRule,
  type RequestRow,
} from '@surety/engine';
import type { Executor } from '../../storage/repositories/executor.js';
import {
  changesBetween,
  listMonitors,
  requestCountsBetween,
  type MonitorRow,
} from '../../storage/repositories/monitor-repository.js';
import type { CoveredComponent } from './availability-source.js';

/**
 * The monitors of the components a contract covers: a covered component's own monitors and the monitors of its whole
 * service (no component), which measure every component of it; a covered service's every monitor.
 */
export async function coveredMonitors(db: Executor, components: readonly CoveredComponent[]): Promise<MonitorRow[]> {
  const out = new Map<string, MonitorRow>();
  for (const c of components)
    for (const m of await listMonitors(db, { serviceId: c.serviceId }))
      if (c.componentId === null || m.component_id === null || m.component_id === c.componentId) out.set(m.id, m);
  return [...out.values()];
}

/**
 * Outages of the covered monitors under a contract's own outage rule, from their location changes (kept exactly,
 * so outages keep their real start and end after raw samples expire) and, for request-count monitors, their counts'
 * failure rate (outagesOfRequests). The contract is down while any covered monitor is (Invoca: availability needs
 * the web application and call routing both).
 */
export async function monitorOutages(
  db: Executor,
  monitors: readonly MonitorRow[],
  terms: Pick<AvailabilityTerms, 'outage'>,
  from: number,
  to: number,
): Promise<Interval[]> {
  const [changes, requests] = await Promise.all([
    changesBetween(
      db,
      monitors.filter((m) => m.type !== 'requests').map((m) => m.key),
      from,
      to,
    ),
    requestCountsBetween(
      db,
      monitors.filter((m) => m.type === 'requests').map((m) => m.key),
      from,
      to,
    ),
  ]);
  return normalize([...outagesOfChanges(changes, terms.outage, to), ...outagesOfRequests(requests, terms.outage)]);
}

/**
 * The union of the outages of request-count monitors' counts under an outage rule: each interval's impact is its
 * failed / total requests (an interval without requests impairs nobody), each monitor judged on its own, as the
 * engine judges request counts given to a time-based contract (impactFromRequests, outagesFromImpact). Only rows
 * with failures matter, so the status page may pass just those. Contracts and the status page measure through here.
 */
export function outagesOfRequests(
  rows: readonly { monitor_key: number; start: number; end: number; total: number; failed: number }[],
  rule: OutageRule,
): Interval[] {
  const byMonitor = new Map<number, { start: number; end: number; total: number; failed: number }[]>();
  for (const r of rows) {
    const list = byMonitor.get(r.monitor_key) ?? [];
    list.push({ start: Number(r.start), end: Number(r.end), total: Number(r.total), failed: Number(r.failed) });
    byMonitor.set(r.monitor_key, list);
  }
  const all: Interval[] = [];
  for (const list of byMonitor.values()) all.push(...outagesFromImpact(impactFromRequests(list), rule));
  return normalize(all);
}

/**
 * The union of the outages of monitors' location changes (sorted by monitor, then time) under an outage rule, each
 * monitor's judged on its own; one still open ends at `until`. Contracts and the status page measure through here.
 */
export function outagesOfChanges(
  changes: readonly (LocationChange & { monitor_key: number })[],
  rule: OutageRule,
  until: number,
): Interval[] {
  const byMonitor = new Map<number, LocationChange[]>();
  for (const c of changes) {
    const list = byMonitor.get(c.monitor_key) ?? [];
    list.push({ at: c.at, failing: c.failing, reporting: c.reporting });
    byMonitor.set(c.monitor_key, list);
  }
  const all: Interval[] = [];
  for (const list of byMonitor.values()) all.push(...outagesFromLocations(list, rule, until));
  return normalize(all);
}

/** Request counts of the covered request-count monitors, as the engine's rows. */
export async function monitorRequestRows(
  db: Executor,
  monitors: readonly MonitorRow[],
  from: number,
  to: number,
): Promise<RequestRow[]> {
  const rows = await requestCountsBetween(
    db,
    monitors.filter((m) => m.type === 'requests').map((m) => m.key),
    from,
    to,
  );
  return rows.map((r) => ({ start: r.start, end: r.end, total: r.total, failed: r.failed }));
}
