import type { Kysely } from 'kysely';

/**
 * A counter raised by every write to the monitors table, so that a probe asking for its checks every few seconds
 * learns "unchanged" from one row instead of reading and sending 10,000 monitors each time (docs/monitors.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('monitor_revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .execute();
  await (db as Kysely<{ monitor_revision: { id: number; revision: number } }>)
    .insertInto('monitor_revision')
    .values({ id: 1, revision: 0 })
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('monitor_revision').execute();
}
