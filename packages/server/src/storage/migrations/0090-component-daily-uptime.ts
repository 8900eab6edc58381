import type { Kysely } from 'kysely';

/** Daily uptime kept for the status page, and the counter that guards its refills (status-tables.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_uptime_days')
    .addColumn('day', 'bigint', (c) => c.primaryKey())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('components', 'text', (c) => c.notNull())
    .addColumn('outages', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('status_uptime_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', 'bigint', (c) => c.notNull())
    .execute();
  await (db as Kysely<{ status_uptime_generation: { id: number; generation: number } }>)
    .insertInto('status_uptime_generation')
    .values({ id: 1, generation: 0 })
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['status_uptime_generation', 'status_uptime_days']) await db.schema.dropTable(t).execute();
}
