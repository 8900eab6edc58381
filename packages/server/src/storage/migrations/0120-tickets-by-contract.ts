import type { Kysely } from 'kysely';

/** A contract's requests in order of receipt: the first-in-first-out clock queue (queue.order: receipt) reads it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('tickets_contract').on('tickets').columns(['contract_id', 'opened_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('tickets_contract').execute();
}
