import type { SessionTable } from '../people-tables.js';
import type { Executor } from './executor.js';
import type { UserRow } from './user-repository.js';

export type SessionRow = SessionTable;

export async function insertSession(db: Executor, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** Every cookie-authenticated request looks its session up with its user: one statement. */
export async function findSessionWithUser(
  db: Executor,
  idHash: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select([
      'u.email',
      'u.name',
      'u.role',
      'u.customer_id',
      'u.password_hash',
      'u.created_at as user_created_at',
      'u.disabled_at',
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { id_hash, user_id, csrf_token, created_at, expires_at, ended_at, user_created_at, ...user } = row;
  return {
    session: { id_hash, user_id, csrf_token, created_at, expires_at, ended_at },
    user: { ...user, id: user_id, created_at: user_created_at },
  };
}

export async function endSession(db: Executor, idHash: string, at: number): Promise<boolean> {
  const r = await db
    .updateTable('sessions')
    .set({ ended_at: at })
    .where('id_hash', '=', idHash)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Signs a user out everywhere (disabled, role changed). */
export async function endSessionsOfUser(db: Executor, userId: string, at: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: at })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute();
}
