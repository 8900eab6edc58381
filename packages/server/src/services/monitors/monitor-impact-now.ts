import {
  monitorsFailingAt,
  requestMonitorsFailingAt,
} from '../../storage/repositories/monitor-failing-now-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';

/**
 * What the monitors say of each component now: the share of its reporting locations that fail, the worst of its
 * monitors ("serviceId/componentId" → impact), as a contract covering it reads their location changes
 * (contract-outages.ts: the component is down while any of its monitors is). A monitor of a whole service (no
 * component) speaks for every component of its service (`serviceId/*`), as for a contract covering the service. A
 * monitor whose locations are all silent is no data, never an outage. A request-count monitor's impact is the
 * failed share of its latest interval. Read in two statements that find nothing while every monitor passes
 * (monitor-failing-now-repository.ts), so the status page pays no read per component.
 */
export async function monitorImpactNow(
  db: Executor,
  now: number,
): Promise<(serviceId: string, componentId: string) => number> {
  const impact = new Map<string, number>();
  const worsen = (serviceId: string, componentId: string | null, fraction: number) => {
    const key = `${serviceId}/${componentId ?? '*'}`;
    impact.set(key, Math.max(impact.get(key) ?? 0, Math.min(1, fraction)));
  };
  const [probed, counted] = await Promise.all([
    monitorsFailingAt(db, now),
    requestMonitorsFailingAt(db, now - LATEST_INTERVAL_REACH, now),
  ]);
  for (const r of probed)
    if (r.reporting > 0 && r.failing > 0) worsen(r.service_id, r.component_id, r.failing / r.reporting);
  // A request-count monitor speaks for now through its latest interval, posted once that interval is over, while the
  // next one is not yet overdue (no later than one interval's length after it); older counts are no data.
  for (const r of counted)
    if (r.total > 0 && now - r.end <= r.end - r.start) worsen(r.service_id, r.component_id, r.failed / r.total);
  return (serviceId, componentId) =>
    Math.max(impact.get(`${serviceId}/${componentId}`) ?? 0, impact.get(`${serviceId}/*`) ?? 0);
}

/** How long before now a latest interval may begin and still speak for now: intervals of up to a day, a day old. */
const LATEST_INTERVAL_REACH = 2 * 86_400_000;
