import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * On SQLite, raw samples and rollups become WITHOUT ROWID tables clustered on their keys. A rollup range (every
 * monitor's days of a month: 300,000 rows at 10,000 monitors) is then read in key order from the table itself
 * instead of through the key index plus one row lookup each, and a sample is stored once in its key b-tree instead
 * of in a row table and a key index both (smaller growth per sample). PostgreSQL keeps its heap tables. Run again
 * over its own result (a crash before the migrator recorded it), it leaves a table already clustered as it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  for (const table of ['monitor_samples', 'monitor_rollups'] as const) {
    const { rows } = await sql<{
      sql: string;
    }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
    if (!/without rowid\s*$/i.test(rows[0]!.sql)) await rebuild(db, table, sql`without rowid`);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await rebuild(db, 'monitor_samples', sql``);
  await rebuild(db, 'monitor_rollups', sql``);
}

async function rebuild(db: Kysely<unknown>, table: 'monitor_samples' | 'monitor_rollups', end: ReturnType<typeof sql>) {
  const next = `${table}_next`;
  if (table === 'monitor_samples')
    await db.schema
      .createTable(next)
      .addColumn('monitor_key', 'integer', (c) => c.notNull())
      .addColumn('t', 'bigint', (c) => c.notNull())
      .addColumn('location_key', 'integer', (c) => c.notNull())
      .addColumn('ok', 'integer', (c) => c.notNull())
      .addColumn('latency_ms', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('monitor_samples_pk', ['monitor_key', 't', 'location_key'])
      .modifyEnd(end)
      .execute();
  else
    await db.schema
      .createTable(next)
      .addColumn('monitor_key', 'integer', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('start', 'bigint', (c) => c.notNull())
      .addColumn('checks', 'integer', (c) => c.notNull())
      .addColumn('failed', 'integer', (c) => c.notNull())
      .addColumn('latency_sum', 'bigint', (c) => c.notNull())
      .addColumn('latency_max', 'integer', (c) => c.notNull())
      .addColumn('impact_ms', 'bigint', (c) => c.notNull())
      .addColumn('no_data_ms', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('monitor_rollups_pk', ['size', 'start', 'monitor_key'])
      .modifyEnd(end)
      .execute();
  await sql`insert into ${sql.table(next)} select * from ${sql.table(table)}`.execute(db);
  await db.schema.dropTable(table).execute();
  await db.schema.alterTable(next).renameTo(table).execute();
  if (table === 'monitor_samples')
    await db.schema.createIndex('monitor_samples_t').on('monitor_samples').column('t').execute();
  else
    await db.schema
      .createIndex('monitor_rollups_monitor')
      .on('monitor_rollups')
      .columns(['monitor_key', 'size', 'start'])
      .execute();
}
