import type { Executor } from './executor.js';

/**
 * Ends a maintenance that is going on at `at` instead of its planned end (a series cancelled while one occurrence is
 * under way): the part that happened stays what it was, the rest no longer exists. False when it is cancelled or no
 * longer going on at `at`.
 */
export async function endMaintenanceAt(db: Executor, id: string, at: number): Promise<boolean> {
  const r = await db
    .updateTable('exclusions')
    .set({ end: at })
    .where('id', '=', id)
    .where('cancelled_at', 'is', null)
    .where('start', '<=', at)
    .where('end', '>', at)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
