import { sql } from 'kysely';
import type { ApiTokenTable } from '../tables.js';
import type { Executor } from './executor.js';

export type ApiTokenRow = ApiTokenTable;

export async function insertToken(db: Executor, row: ApiTokenRow): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

/** Every request looks its token up: a template, which costs a third of Kysely's query builder. */
export async function findToken(db: Executor, id: string): Promise<ApiTokenRow | undefined> {
  return (await sql<ApiTokenRow>`select * from api_tokens where id = ${id}`.execute(db)).rows[0];
}

export async function revokeToken(db: Executor, id: string, at: number): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Admin tokens neither revoked nor expired at `now`. */
export async function countActiveAdmins(db: Executor, now: number): Promise<number> {
  const r = await db
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'admin')
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Tokens in the order they were issued, after the previous page's last. */
export async function listTokens(
  db: Executor,
  page: { after?: { createdAt: number; id: string }; limit: number },
): Promise<ApiTokenRow[]> {
  let q = db.selectFrom('api_tokens').selectAll().orderBy('created_at').orderBy('id').limit(page.limit);
  const after = page.after;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '>', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
      ]),
    );
  return q.execute();
}
