import { cancelExclusion, findExclusion } from '../../storage/repositories/availability-repository.js';
import { recordAudit } from '../audit/log.js';
import { maintenanceJson, type MaintenanceJson } from './maintenance-json.js';
import { requireStaffWrite } from '../core/permissions.js';
import { cancelMaintenanceStages } from './stages.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/**
 * Calls off scheduled maintenance that has not begun: it then excludes nothing. Maintenance that has begun is a
 * fact that reports (and claims decided on them) already rest on, so it cannot be cancelled; record what really
 * happened as an exclusion instead.
 */
export async function cancelMaintenance(ctx: ServiceContext, id: string): Promise<MaintenanceJson> {
  requireStaffWrite(ctx);
  const now = ctx.now();
  return writeTransaction(ctx, async (trx) => {
    const row = await findExclusion(trx, id);
    if (!row || row.category !== 'scheduled_maintenance') throw new ServiceError('not_found', `no maintenance ${id}`);
    if (row.cancelled_at !== null) throw new ServiceError('conflict', `maintenance ${id} is already cancelled`);
    if (row.start <= now)
      throw new ServiceError('conflict', `maintenance ${id} has begun and can no longer be cancelled`, 'start');
    if (!(await cancelExclusion(trx, id, now, ctx.principal.actor)))
      throw new ServiceError('conflict', `maintenance ${id} is already cancelled`);
    await cancelMaintenanceStages(trx, id);
    await recordAudit(trx, ctx, 'maintenance.cancelled', `exclusion:${id}`, { customer: row.customer_id });
    return maintenanceJson({ ...row, cancelled_at: now, cancelled_by: ctx.principal.actor }, now);
  });
}
