import { listMonitors } from '../../storage/repositories/monitor-repository.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import type { MonitorConfig, ProbeConfig } from './monitor-config.js';

/** A check a probe at a location runs: its configuration and schedule. */
export interface Assignment {
  monitorId: string;
  key: number;
  intervalMs: number;
  config: ProbeConfig | Extract<MonitorConfig, { type: 'requests' }>;
}

/** The checks of a location: every monitor measured from it (heartbeats and posted counts run at none). */
export async function assignmentsFor(ctx: ServiceContext, location: string): Promise<Assignment[]> {
  requireStaffWrite(ctx);
  if (location === 'push')
    throw new ServiceError('invalid', "'push' is where pushed results come from, not a probe", 'location');
  const out: Assignment[] = [];
  for (const m of await listMonitors(ctx.db)) {
    if (!(JSON.parse(m.locations) as string[]).includes(location)) continue;
    const config = JSON.parse(m.config) as MonitorConfig;
    if (config.type === 'heartbeat') continue;
    out.push({ monitorId: m.id, key: m.key, intervalMs: m.interval_ms, config: config as Assignment['config'] });
  }
  return out;
}
