import type { Interval, OutageRule } from '@surety/engine';
import type { Executor } from '../../storage/repositories/executor.js';
import {
  changesBetween,
  failingSpansBetween,
  listMonitorsByKey,
} from '../../storage/repositories/monitor-repository.js';
import { outagesOfChanges } from './contract-outages.js';

/**
 * What monitors measured per component ("serviceId/componentId" → outages) under an outage rule, as a contract
 * covering that component measures it (contract-outages.ts: each monitor's location changes under the rule, the
 * component down while any of its monitors is). An outage still open ends at min(to, now).
 *
 * Only monitors with a failing span in the range are read (monitor_failing_spans): an outage needs a failing
 * location, so 10,000 healthy monitors cost one indexed read. Monitors of a whole service (no component) and
 * request-count monitors (request-based, no outage intervals) are on no component's bars, as in a contract that
 * covers one component.
 */
export async function monitorOutagesByComponent(
  db: Executor,
  rule: OutageRule,
  from: number,
  to: number,
  now: number,
): Promise<Map<string, Interval[]>> {
  const until = Math.min(to, now);
  const out = new Map<string, Interval[]>();
  if (until <= from) return out;
  const keys = [...new Set((await failingSpansBetween(db, from, until)).map((s) => s.monitor_key))];
  if (!keys.length) return out;
  const byComponent = new Map<string, Set<number>>();
  for (const m of await listMonitorsByKey(db, keys)) {
    if (m.type === 'requests' || m.component_id === null) continue;
    const key = `${m.service_id}/${m.component_id}`;
    byComponent.set(key, (byComponent.get(key) ?? new Set()).add(m.key));
  }
  const changes = await changesBetween(db, [...new Set([...byComponent.values()].flatMap((s) => [...s]))], from, until);
  for (const [key, monitors] of byComponent)
    out.set(
      key,
      outagesOfChanges(
        changes.filter((c) => monitors.has(c.monitor_key)),
        rule,
        until,
      ),
    );
  return out;
}
