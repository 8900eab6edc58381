import {
  cancelExclusion,
  exclusionsOfSeries,
  findExclusion,
} from '../../storage/repositories/availability-repository.js';
import { maintenanceStageOf } from '../../storage/repositories/maintenance-stage-repository.js';
import { recordAudit } from '../audit/log.js';
import { maintenanceJson, type MaintenanceJson } from './maintenance-json.js';
import { requireStaffWrite } from '../core/permissions.js';
import { cancelMaintenanceStages } from './stages.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { maintenanceCancelledEmails } from '../notices/maintenance-notice.js';
import { enqueueEmail } from '../outbox/enqueue.js';

/**
 * Calls off scheduled maintenance that has not begun: it then excludes nothing. Maintenance that has begun is a
 * fact that reports (and claims decided on them) already rest on, so it cannot be cancelled; record what really
 * happened as an exclusion instead.
 *
 * Maintenance that was announced (published with POST /maintenance, which wrote its notice and set its stages) is
 * called off to the same people, in the same transaction, as a series is. Maintenance recorded as a bare exclusion
 * (POST /exclusions) was never emailed to anyone, so its cancellation is not either: a "cancelled" of work no one was
 * told of would only puzzle; the status page and feeds show it cancelled all the same.
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
    // Not begun, so its stages are still ahead exactly when publishing set them (stages.ts).
    const announced = (await maintenanceStageOf(trx, id)) !== undefined;
    if (!(await cancelExclusion(trx, id, now, ctx.principal.actor)))
      throw new ServiceError('conflict', `maintenance ${id} is already cancelled`);
    await cancelMaintenanceStages(trx, id);
    const cancelled = { ...row, cancelled_at: now, cancelled_by: ctx.principal.actor };
    if (announced) {
      const series = row.series_id ? await exclusionsOfSeries(trx, row.series_id) : [];
      await enqueueEmail(trx, ctx, await maintenanceCancelledEmails(trx, ctx, cancelled, series));
    }
    await recordAudit(trx, ctx, 'maintenance.cancelled', `exclusion:${id}`, { customer: row.customer_id, announced });
    return maintenanceJson(cancelled, now);
  });
}
