import { databaseBytes, deleteSamplesBefore, listMonitors } from '../../storage/repositories/monitor-repository.js';
import { isPostgres } from '../../storage/repositories/executor.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { DAY, MINUTE } from './rollups.js';

/** How long raw samples (and minute rollups) are kept; hourly and daily rollups and changes stay. */
export const DEFAULT_SAMPLE_DAYS = 7;

/** Drops raw samples and minute rollups older than the retention period (they are in the hourly rollups by then). */
export async function pruneSamples(ctx: ServiceContext, days = DEFAULT_SAMPLE_DAYS): Promise<number> {
  const before = ctx.now() - days * DAY;
  return writeTransaction(ctx, async (trx) => {
    await trx.deleteFrom('monitor_rollups').where('size', '=', MINUTE).where('start', '<', before).execute();
    return deleteSamplesBefore(trx, before);
  });
}

/** The database's size and the number of monitors, for the growth report. */
export async function storageFigures(ctx: ServiceContext): Promise<{ bytes: number; monitors: number }> {
  return { bytes: await databaseBytes(ctx.db, isPostgres(ctx.db)), monitors: (await listMonitors(ctx.db)).length };
}
