import type { Selectable } from 'kysely';
import type { IdempotencyKeyTable } from '../tables.js';
import type { Executor } from './executor.js';

export type IdempotencyRow = Selectable<IdempotencyKeyTable>;

export async function findIdempotent(db: Executor, actor: string, key: string): Promise<IdempotencyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('actor', '=', actor)
    .where('key', '=', key)
    .executeTakeFirst();
}

/**
 * Takes a key for the write in the caller's transaction; false when another request holds it. On PostgreSQL the
 * unique key makes this wait while that request's transaction is open, so the answer is about a committed write.
 */
export async function claimIdempotent(db: Executor, row: Omit<IdempotencyRow, 'withheld'>): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['actor', 'key']).doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
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
