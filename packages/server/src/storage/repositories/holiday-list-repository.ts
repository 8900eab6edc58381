import type { HolidayListTable } from '../calendar-tables.js';
import type { Executor } from './executor.js';

export type HolidayListRow = HolidayListTable;

/** Stores a list as its next version (1 for the first) and returns the version. */
export async function insertHolidayList(db: Executor, row: Omit<HolidayListRow, 'version'>): Promise<number> {
  const latest = await db
    .selectFrom('holiday_lists')
    .select('version')
    .where('contract_id', '=', row.contract_id)
    .where('list', '=', row.list)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  const version = (latest?.version ?? 0) + 1;
  await db
    .insertInto('holiday_lists')
    .values({ ...row, version })
    .execute();
  return version;
}

/** The version in force of each list published for a contract. */
export async function latestHolidayLists(db: Executor, contractId: string): Promise<HolidayListRow[]> {
  const rows = await db
    .selectFrom('holiday_lists')
    .selectAll()
    .where('contract_id', '=', contractId)
    .orderBy('list')
    .orderBy('version', 'desc')
    .execute();
  return rows.filter((r, i) => i === 0 || rows[i - 1]!.list !== r.list);
}

/** The versions of one list, newest first, without their dates. */
export async function holidayListVersions(
  db: Executor,
  contractId: string,
  list: string,
): Promise<Omit<HolidayListRow, 'dates'>[]> {
  return db
    .selectFrom('holiday_lists')
    .select(['contract_id', 'list', 'version', 'through', 'origin', 'published_at', 'published_by'])
    .where('contract_id', '=', contractId)
    .where('list', '=', list)
    .orderBy('version', 'desc')
    .execute();
}
