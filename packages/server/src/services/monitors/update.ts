import { invalidateDailyUptime } from '../../storage/repositories/status-uptime-repository.js';
import { deleteMonitor, findMonitor, updateMonitor } from '../../storage/repositories/monitor-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { checkComponent, locationsOf, type MonitorInput } from './create.js';
import { monitorJson, type MonitorJson } from './monitor-json.js';

export type MonitorChange = Partial<Omit<MonitorInput, 'id'>>;

/** Changes a monitor's check, schedule, locations or what it belongs to; what it measured stays. */
export async function updateMonitorSettings(
  ctx: ServiceContext,
  id: string,
  change: MonitorChange,
): Promise<MonitorJson> {
  requireAdmin(ctx);
  return writeTransaction(ctx, async (trx) => {
    const before = await findMonitor(trx, id);
    if (!before) throw new ServiceError('not_found', `no monitor ${id}`);
    const current = monitorJson(before);
    if (change.config && change.config.type !== current.config.type)
      throw new ServiceError(
        'invalid',
        `a ${current.config.type} monitor stays one: create a new monitor`,
        'config.type',
      );
    const serviceId = change.serviceId ?? before.service_id;
    const componentId = change.componentId === undefined ? before.component_id : change.componentId;
    if (change.serviceId !== undefined || change.componentId !== undefined)
      await checkComponent(trx, serviceId, componentId);
    const config = change.config ?? current.config;
    const after = {
      ...before,
      service_id: serviceId,
      component_id: componentId,
      name: change.name ?? before.name,
      config: JSON.stringify(config),
      interval_ms: change.intervalSeconds !== undefined ? change.intervalSeconds * 1000 : before.interval_ms,
      locations: JSON.stringify(locationsOf({ config, locations: change.locations ?? current.locations })),
      incidents: change.incidents ?? before.incidents,
      updated_at: ctx.now(),
    };
    await updateMonitor(trx, id, after);
    // Its outages move to another component: every kept day of the status page is measured again.
    if (after.service_id !== before.service_id || after.component_id !== before.component_id)
      await invalidateDailyUptime(trx, 0, null);
    await recordAudit(trx, ctx, 'monitor.updated', `monitor:${id}`, { change });
    return monitorJson(after);
  });
}

/** Removes a monitor and what it measured. */
export async function removeMonitor(ctx: ServiceContext, id: string): Promise<void> {
  requireAdmin(ctx);
  await writeTransaction(ctx, async (trx) => {
    const row = await findMonitor(trx, id);
    if (!row) throw new ServiceError('not_found', `no monitor ${id}`);
    await deleteMonitor(trx, row);
    await recordAudit(trx, ctx, 'monitor.removed', `monitor:${id}`, { name: row.name });
  });
}
