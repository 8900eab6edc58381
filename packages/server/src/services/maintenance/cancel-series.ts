import {
  cancelExclusion,
  exclusionsOfSeries,
  type ExclusionRow,
} from '../../storage/repositories/availability-repository.js';
import { endMaintenanceAt } from '../../storage/repositories/maintenance-series-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { maintenanceSeriesCancelledEmails } from '../notices/maintenance-notice.js';
import { enqueueEmail } from '../outbox/enqueue.js';
import { maintenanceJson, type MaintenanceSeriesJson } from './maintenance-json.js';
import { cancelMaintenanceStages } from './stages.js';

/**
 * Calls off a whole maintenance series (`repeat`): every occurrence not yet begun is cancelled, as
 * `cancelMaintenance` cancels one, and an occurrence going on now ends now. It is not refused: the provider has
 * stopped the work, and refusing would leave a window that excuses downtime (and silences alerts) for work no longer
 * done. What already happened of it stays as it was, since reports and claims may rest on it, exactly as a single
 * begun maintenance cannot be cancelled. Occurrences over or cancelled before are left alone. Subscribers and
 * contacts are told once for the series, in the same transaction; the answer is every occurrence with its status.
 */
export async function cancelMaintenanceSeries(ctx: ServiceContext, seriesId: string): Promise<MaintenanceSeriesJson> {
  requireStaffWrite(ctx);
  const now = ctx.now();
  return writeTransaction(ctx, async (trx) => {
    const rows = (await exclusionsOfSeries(trx, seriesId)).filter((r) => r.category === 'scheduled_maintenance');
    if (!rows.length) throw new ServiceError('not_found', `no maintenance series ${seriesId}`);
    const open = rows.filter((r) => r.cancelled_at === null && r.end > now);
    if (!open.length)
      throw new ServiceError(
        'conflict',
        `maintenance series ${seriesId} has nothing left to cancel: every occurrence is over or cancelled`,
      );
    const cancelled: ExclusionRow[] = [];
    let ended: ExclusionRow | null = null;
    for (const r of open) {
      if (r.start > now) {
        if (await cancelExclusion(trx, r.id, now, ctx.principal.actor))
          cancelled.push({ ...r, cancelled_at: now, cancelled_by: ctx.principal.actor });
      } else if (await endMaintenanceAt(trx, r.id, now)) ended = { ...r, end: now };
      // Its stages (reminder, start, end) are told by the series' one notice instead.
      await cancelMaintenanceStages(trx, r.id);
    }
    await enqueueEmail(trx, ctx, await maintenanceSeriesCancelledEmails(trx, ctx, seriesId, { cancelled, ended }));
    await recordAudit(trx, ctx, 'maintenance.series_cancelled', `maintenance_series:${seriesId}`, {
      customer: rows[0]!.customer_id,
      cancelled: cancelled.map((r) => r.id),
      ended: ended && { id: ended.id, plannedEnd: open.find((r) => r.id === ended!.id)!.end, endedAt: now },
    });
    const changed = new Map([...cancelled, ...(ended ? [ended] : [])].map((r) => [r.id, r]));
    return { seriesId, occurrences: rows.map((r) => maintenanceJson(changed.get(r.id) ?? r, now)) };
  });
}
