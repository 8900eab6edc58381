import type { StatusLinkTable } from '../tables.js';
import type { Executor } from './executor.js';

export type StatusLinkRow = StatusLinkTable;

export async function insertStatusLink(db: Executor, row: StatusLinkRow): Promise<void> {
  await db.insertInto('status_links').values(row).execute();
}

/** The link with this token hash, revoked or not. */
export async function findStatusLinkByHash(db: Executor, tokenHash: string): Promise<StatusLinkRow | undefined> {
  return db.selectFrom('status_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function statusLinksOf(db: Executor, customerId: string): Promise<StatusLinkRow[]> {
  return db
    .selectFrom('status_links')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Revokes a link of the customer not yet revoked; returns whether it did. */
export async function revokeStatusLink(db: Executor, customerId: string, id: string, at: number): Promise<boolean> {
  const r = await db
    .updateTable('status_links')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('customer_id', '=', customerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
