import type { CustomerTable } from '../tables.js';
import { isPostgres, type Executor } from './executor.js';

export type CustomerRow = CustomerTable;

export async function insertCustomer(db: Executor, row: CustomerRow): Promise<void> {
  await db.insertInto('customers').values(row).execute();
}

export async function findCustomer(db: Executor, id: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Customers ordered by id, after the cursor (the last id of the previous page). */
export async function listCustomers(db: Executor, page: { after?: string; limit: number }): Promise<CustomerRow[]> {
  let q = db.selectFrom('customers').selectAll().orderBy('id').limit(page.limit);
  if (page.after !== undefined) q = q.where('id', '>', page.after);
  return q.execute();
}

/**
 * Locks a customer row for the rest of the transaction (PostgreSQL), so that checks over the customer's contacts
 * (the designated-contact limit) are made by one writer at a time. SQLite has one writer already.
 */
export async function lockCustomer(db: Executor, id: string): Promise<void> {
  if (isPostgres(db)) await db.selectFrom('customers').select('id').where('id', '=', id).forUpdate().execute();
}
