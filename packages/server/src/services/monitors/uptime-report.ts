import { isoInstant, parsePeriod } from '@surety/engine';
import { bucketSums, monitorIdsByKey } from '../../storage/repositories/monitor-repository.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { DAY } from './rollups.js';

/**
 * Every monitor's uptime for a UTC month (or any UTC period of whole days) from the daily rollups: one grouped read,
 * however many monitors. Uptime is 1 − impact-weighted time / measured time; time with no reporting location counts
 * in neither.
 */
export async function uptimeReport(ctx: ServiceContext, periodLabel: string) {
  const period = parsePeriod(periodLabel, 'UTC');
  if (typeof period === 'string') throw new ServiceError('invalid', period, 'period');
  if (period.start % DAY || period.end % DAY)
    throw new ServiceError('invalid', 'the period is read from daily rollups: whole UTC days', 'period');
  const ids = await monitorIdsByKey(ctx.db);
  const totals = await bucketSums(ctx.db, DAY, period.start, period.end);
  const span = period.end - period.start;
  return {
    start: isoInstant(period.start),
    end: isoInstant(period.end),
    items: totals
      .filter((t) => ids.has(t.monitor_key))
      .map((t) => {
        const measured = span - t.no_data_ms;
        return {
          monitorId: ids.get(t.monitor_key)!,
          uptime: measured > 0 ? 1 - t.impact_ms / measured : null,
          impactMs: t.impact_ms,
          noDataMs: t.no_data_ms,
          checks: t.checks,
          failed: t.failed,
        };
      }),
  };
}
