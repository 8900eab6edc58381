import type { Selectable } from 'kysely';
import type { IdempotencyKeyTable } from '../tables.js';
import type { Executor } from './executor.js';

export type IdempotencyRow = Selectable<IdempotencyKeyTable>;

/** The caller's key, if it was taken at or after `since` (an older one has expired). */
export async function findIdempotent(
  db: Executor,
  actor: string,
  key: string,
  since: number,
): Promise<IdempotencyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('actor', '=', actor)
    .where('key', '=', key)
    .where('created_at', '>=', since)
    .executeTakeFirst();
}

/**
 * Takes a key for the write in the caller's transaction, replacing one taken before `since` (expired, not yet
 * purged); false when another request holds it. On PostgreSQL the unique key makes this wait while that request's
 * transaction is open, so the answer is about a committed write.
 */
export async function claimIdempotent(
  db: Executor,
  row: Omit<IdempotencyRow, 'withheld'>,
  since: number,
): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['actor', 'key'])
        .doUpdateSet({ ...row, withheld: 0 })
        .where('idempotency_keys.created_at', '<', since),
    )
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

/** Deletes the keys taken before `before`; how many. */
export async function deleteIdempotentBefore(db: Executor, before: number): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** When the oldest key kept was taken, or null when none is. */
export async function oldestIdempotentAt(db: Executor): Promise<number | null> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select((eb) => eb.fn.min('created_at').as('oldest'))
    .executeTakeFirst();
  return row?.oldest == null ? null : Number(row.oldest);
}

export async function saveIdempotentBody(
  db: Executor,
  actor: string,
  key: string,
  body: string,
  withheld: boolean,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ body, withheld: withheld ? 1 : 0 })
    .where('actor', '=', actor)
    .where('key', '=', key)
    .execute();
}
