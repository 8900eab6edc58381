import type { StatusUptimeDayTable } from '../status-tables.js';
import { chunks, isPostgres, type Executor } from './executor.js';

export type UptimeDayRow = StatusUptimeDayTable;

const DAY = 86_400_000;
/**
 * How far beyond a changed interval a stored day can be wrong: an outage is judged whole (its minimum duration across
 * midnight), so a change can turn a neighbouring run shorter than the minimum into an outage or back. Days are stored
 * only under rules whose minimum duration is at most a day (services/status/daily-uptime.ts), so a day's margin covers it.
 */
const MARGIN = DAY;

/**
 * The writers of impact inputs call this in their own transaction: stored days that [from, to) can change are
 * deleted (to be measured again), and the generation is raised so that a reader measuring concurrently does not store
 * what it measured from the inputs before this change. `to` null: up to any time.
 */
export async function invalidateDailyUptime(db: Executor, from: number, to: number | null): Promise<void> {
  // The generation first: on PostgreSQL its row lock orders this change against a reader's store (storeDailyUptime).
  await db
    .updateTable('status_uptime_generation')
    .set((eb) => ({ generation: eb('generation', '+', 1) }))
    .where('id', '=', 1)
    .execute();
  let q = db.deleteFrom('status_uptime_days').where('day', '>', from - MARGIN - DAY);
  if (to !== null) q = q.where('day', '<', to + MARGIN);
  await q.execute();
}

/** The current generation: read before the inputs a reader measures. */
export async function uptimeGeneration(db: Executor): Promise<number> {
  const r = await db.selectFrom('status_uptime_generation').select('generation').where('id', '=', 1).executeTakeFirst();
  return Number(r?.generation ?? 0);
}

/** Days in [from, to) measured under `rule` for the components `components` digests, with their outages. */
export async function measuredDays(
  db: Executor,
  from: number,
  to: number,
  rule: string,
  components: string,
): Promise<Pick<UptimeDayRow, 'day' | 'outages'>[]> {
  return db
    .selectFrom('status_uptime_days')
    .select(['day', 'outages'])
    .where('day', '>=', from)
    .where('day', '<', to)
    .where('rule', '=', rule)
    .where('components', '=', components)
    .execute();
}

/**
 * Stores measured days if the inputs have not changed since `generation` was read: the check and the write are one
 * transaction. A day measured again (another rule or component set) replaces what was kept. Returns whether it stored.
 */
export async function storeDailyUptime(
  db: Executor,
  days: readonly UptimeDayRow[],
  generation: number,
): Promise<boolean> {
  // Locked on PostgreSQL: a change committing meanwhile waits, then deletes what this stores (SQLite has one writer).
  let q = db.selectFrom('status_uptime_generation').select('generation').where('id', '=', 1);
  if (isPostgres(db)) q = q.forUpdate();
  if (Number((await q.executeTakeFirst())?.generation ?? 0) !== generation) return false;
  for (const part of chunks(days, 500)) {
    await db
      .deleteFrom('status_uptime_days')
      .where(
        'day',
        'in',
        part.map((d) => d.day),
      )
      .execute();
    await db.insertInto('status_uptime_days').values(part).execute();
  }
  return true;
}
