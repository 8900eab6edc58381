import type { ContactTable } from '../tables.js';
import type { Executor } from './executor.js';

export type ContactRow = ContactTable;

export async function insertContact(db: Executor, row: ContactRow): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

export async function contactsOf(db: Executor, customerId: string): Promise<ContactRow[]> {
  return db.selectFrom('contacts').selectAll().where('customer_id', '=', customerId).orderBy('id').execute();
}
