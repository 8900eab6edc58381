import { monitorsFailingAt } from '../../storage/repositories/monitor-failing-now-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';

/**
 * What the monitors say of each component now: the share of its reporting locations that fail, the worst of its
 * monitors ("serviceId/componentId" → impact), as a contract covering it reads their location changes
 * (contract-outages.ts: the component is down while any of its monitors is). A monitor of a whole service (no
 * component) speaks for every component of its service (`serviceId/*`), as for a contract covering the service. A
 * monitor whose locations are all silent is no data, never an outage. Read in one statement that finds nothing while
 * every monitor passes (monitor-failing-now-repository.ts), so the status page pays no read per component.
 */
export async function monitorImpactNow(
  db: Executor,
  now: number,
): Promise<(serviceId: string, componentId: string) => number> {
  const impact = new Map<string, number>();
  for (const r of await monitorsFailingAt(db, now)) {
    if (r.reporting <= 0 || r.failing <= 0) continue;
    const key = `${r.service_id}/${r.component_id ?? '*'}`;
    impact.set(key, Math.max(impact.get(key) ?? 0, Math.min(1, r.failing / r.reporting)));
  }
  return (serviceId, componentId) =>
    Math.max(impact.get(`${serviceId}/${componentId}`) ?? 0, impact.get(`${serviceId}/*`) ?? 0);
}
