import type { Interval, OutageRule } from '@surety/engine';
import { normalize } from '@surety/engine';
import type { Executor } from '../../storage/repositories/executor.js';
import {
  changesBetween,
  failingSpansBetween,
  listMonitorsByKey,
  type MonitorRow,
} from '../../storage/repositories/monitor-repository.js';
import { failedRequestRowsBetween } from '../../storage/repositories/monitor-request-failures-repository.js';
import { outagesOfChanges, outagesOfRequests } from './contract-outages.js';

/**
 * What monitors measured per component ("serviceId/componentId" → outages) under an outage rule, as a contract
 * covering that component measures it (contract-outages.ts: each monitor's location changes, or request counts,
 * under the rule, the component down while any of its monitors is; coveredMonitors: a component's monitors are its
 * own and its whole service's). An outage still open ends at min(to, now). `components` are the components of the
 * page: a monitor of a whole service (no component) counts on each of its service's.
 *
 * Only monitors with a failing span in the range (monitor_failing_spans) or request counts with failures in it (the
 * partial index of migration 0190) are read: an outage needs a failing location or a failed request, so 10,000
 * healthy monitors cost two indexed reads that find nothing.
 */
export async function monitorOutagesByComponent(
  db: Executor,
  rule: OutageRule,
  from: number,
  to: number,
  now: number,
  components: readonly { serviceId: string; componentId: string }[],
): Promise<Map<string, Interval[]>> {
  const until = Math.min(to, now);
  const out = new Map<string, Interval[]>();
  if (until <= from) return out;
  const [spans, requests] = await Promise.all([
    failingSpansBetween(db, from, until),
    failedRequestRowsBetween(db, from, until),
  ]);
  const keys = [...new Set([...spans.map((s) => s.monitor_key), ...requests.map((r) => Number(r.monitor_key))])];
  if (!keys.length) return out;
  const monitors = await listMonitorsByKey(db, keys);
  const locationKeys = monitors.filter((m) => m.type !== 'requests').map((m) => m.key);
  const changes = await changesBetween(db, locationKeys, from, until);
  // Each failing monitor's outages on their own; then each component's the union of its own and its service's.
  const ofMonitor = new Map<number, Interval[]>();
  for (const m of monitors)
    ofMonitor.set(
      m.key,
      m.type === 'requests'
        ? outagesOfRequests(
            requests.filter((r) => Number(r.monitor_key) === m.key),
            rule,
          )
        : outagesOfChanges(
            changes.filter((c) => c.monitor_key === m.key),
            rule,
            until,
          ),
    );
  const bySpot = new Map<string, MonitorRow[]>();
  for (const m of monitors) {
    const spot = `${m.service_id}/${m.component_id ?? '*'}`;
    bySpot.set(spot, [...(bySpot.get(spot) ?? []), m]);
  }
  for (const c of components) {
    const own = [...(bySpot.get(`${c.serviceId}/${c.componentId}`) ?? []), ...(bySpot.get(`${c.serviceId}/*`) ?? [])];
    if (own.length) out.set(`${c.serviceId}/${c.componentId}`, normalize(own.flatMap((m) => ofMonitor.get(m.key)!)));
  }
  return out;
}
