import type { ContactTable } from '../tables.js';
import type { Executor } from './executor.js';

export type ContactRow = ContactTable;

export async function insertContact(db: Executor, row: ContactRow): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

/** A customer's current contacts (removed ones are kept as records, not listed). */
export async function contactsOf(db: Executor, customerId: string): Promise<ContactRow[]> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** The current contacts of the named customers, by customer then id. */
export async function contactsOfCustomers(db: Executor, customerIds: readonly string[]): Promise<ContactRow[]> {
  if (!customerIds.length) return [];
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', 'in', [...new Set(customerIds)])
    .where('removed_at', 'is', null)
    .orderBy('customer_id')
    .orderBy('id')
    .execute();
}

/** A customer's current contacts ordered by id, after the last id of the previous page. */
export async function listContacts(
  db: Executor,
  customerId: string,
  page: { after?: string; limit: number },
): Promise<ContactRow[]> {
  let q = db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .limit(page.limit);
  if (page.after !== undefined) q = q.where('id', '>', page.after);
  return q.execute();
}

/** One current contact of the customer. */
export async function findContact(db: Executor, customerId: string, id: string): Promise<ContactRow | undefined> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function updateContact(
  db: Executor,
  id: string,
  change: Partial<Pick<ContactRow, 'name' | 'email' | 'designated' | 'removed_at' | 'roles'>>,
): Promise<void> {
  await db.updateTable('contacts').set(change).where('id', '=', id).execute();
}

/** The current designated contacts of one customer, or of every customer: who is told of incidents and maintenance. */
export async function designatedContacts(db: Executor, customerId?: string): Promise<ContactRow[]> {
  let q = db
    .selectFrom('contacts')
    .selectAll()
    .where('designated', '=', 1)
    .where('removed_at', 'is', null)
    .orderBy('customer_id')
    .orderBy('id');
  if (customerId !== undefined) q = q.where('customer_id', '=', customerId);
  return q.execute();
}
