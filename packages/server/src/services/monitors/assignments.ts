import { listMonitors, monitorRevision } from '../../storage/repositories/monitor-repository.js';
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

/** A location's checks as of a revision of the monitors; without `assignments`: unchanged since the one the probe has. */
export interface AssignmentsAt {
  revision: number;
  assignments?: Assignment[];
}

/**
 * The checks of a location: every monitor measured from it (heartbeats and posted counts run at none). A probe asks
 * every few seconds: given the revision it holds, an unchanged store answers with one row read, not 10,000 monitors
 * read, parsed and sent.
 */
export async function assignmentsFor(ctx: ServiceContext, location: string, known?: number): Promise<AssignmentsAt> {
  requireStaffWrite(ctx);
  if (location === 'push')
    throw new ServiceError('invalid', "'push' is where pushed results come from, not a probe", 'location');
  // Read first: a monitor written after this is read now or with the next revision, never missed.
  const revision = await monitorRevision(ctx.db);
  if (revision === known) return { revision };
  const assignments: Assignment[] = [];
  for (const m of await listMonitors(ctx.db)) {
    if (!(JSON.parse(m.locations) as string[]).includes(location)) continue;
    const config = JSON.parse(m.config) as MonitorConfig;
    if (config.type === 'heartbeat') continue;
    assignments.push({
      monitorId: m.id,
      key: m.key,
      intervalMs: m.interval_ms,
      config: config as Assignment['config'],
    });
  }
  return { revision, assignments };
}
