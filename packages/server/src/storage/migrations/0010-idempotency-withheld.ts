import type { Kysely } from 'kysely';

/**
 * A write whose response holds a secret shown once (an API token, a webhook's signing secret) keeps its
 * Idempotency-Key without the secret: a retry is told the write was made, and is not shown the secret again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('idempotency_keys')
    .addColumn('withheld', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('idempotency_keys').dropColumn('withheld').execute();
}
