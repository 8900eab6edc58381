import { sql, type Kysely } from 'kysely';

/**
 * What a monitor's state changes do: each monitor says whether a confirmed failure opens nothing, a draft for staff
 * to publish, or a published incident (which notifies); its alerts record each confirmed failure, with its real
 * start and end and the incident it opened. An index on results that fail finds the monitors to look at.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('monitors')
    .addColumn('incidents', 'text', (c) => c.notNull().defaultTo('draft'))
    .execute();
  await db.schema
    .createTable('monitor_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('monitor_key', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('confirmed_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text')
    .addColumn('failing', 'integer', (c) => c.notNull())
    .addColumn('reporting', 'integer', (c) => c.notNull())
    .execute();
  // One alert per failure: two processes confirming the same failure at once claim it once.
  await db.schema
    .createIndex('monitor_alerts_failure')
    .on('monitor_alerts')
    .columns(['monitor_key', 'started_at'])
    .unique()
    .execute();
  await sql`create index monitor_alerts_open on monitor_alerts (monitor_key) where resolved_at is null`.execute(db);
  await sql`create index monitor_latest_failing on monitor_latest (monitor_key) where ok = 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('monitor_latest_failing').execute();
  await db.schema.dropTable('monitor_alerts').execute();
  await db.schema.alterTable('monitors').dropColumn('incidents').execute();
}
