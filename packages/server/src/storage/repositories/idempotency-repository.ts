import type { IdempotencyKeyTable } from '../tables.js';
import type { Executor } from './executor.js';

export type IdempotencyRow = IdempotencyKeyTable;

export async function findIdempotent(db: Executor, actor: string, key: string): Promise<IdempotencyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('actor', '=', actor)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Stores a response; a concurrent first write of the same key keeps the earlier one. */
export async function saveIdempotent(db: Executor, row: IdempotencyRow): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['actor', 'key']).doNothing())
    .execute();
}
