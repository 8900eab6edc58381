import type { StatementTable } from '../report-tables.js';
import type { Executor } from './executor.js';

export type StatementRow = StatementTable;

/** Every revision of one statement, oldest first. */
export async function statementRevisions(
  db: Executor,
  key: { customerId: string; contractId: string; period: string },
): Promise<StatementRow[]> {
  return db
    .selectFrom('statements')
    .selectAll()
    .where('customer_id', '=', key.customerId)
    .where('contract_id', '=', key.contractId)
    .where('period', '=', key.period)
    .orderBy('revision')
    .execute();
}

/** Adds a revision; a racing writer that took the same number makes this fail (the primary key). */
export async function insertStatement(db: Executor, row: StatementRow): Promise<void> {
  await db.insertInto('statements').values(row).execute();
}
