import { sql } from 'kysely';
import type { UserTable } from '../people-tables.js';
import type { Executor } from './executor.js';

export type UserRow = UserTable;

export async function insertUser(db: Executor, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function updateUser(
  db: Executor,
  id: string,
  change: Partial<Pick<UserRow, 'name' | 'role' | 'customer_id' | 'disabled_at' | 'password_hash'>>,
): Promise<void> {
  await db.updateTable('users').set(change).where('id', '=', id).execute();
}

/** The email addresses of the enabled admins: who is told what needs an admin's hand. */
export async function adminEmails(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .orderBy('email')
    .execute();
  return rows.map((r) => r.email);
}

/** Users by email, after the previous page's last. */
export async function listUsers(db: Executor, page: { after?: string; limit: number }): Promise<UserRow[]> {
  let q = db.selectFrom('users').selectAll().orderBy('email').limit(page.limit);
  if (page.after !== undefined) q = q.where('email', '>', page.after);
  return q.execute();
}

/** Marks the first admin as created: false when another setup did so first. */
export async function markFirstAdmin(db: Executor, userId: string, at: number): Promise<boolean> {
  const r = await sql`insert into first_admin (singleton, user_id, created_at) values (1, ${userId}, ${at})
    on conflict (singleton) do nothing`.execute(db);
  return Number(r.numAffectedRows ?? 0) > 0;
}
