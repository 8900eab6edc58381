import type { Kysely } from 'kysely';

/** Monitors, probe locations, samples, location changes, rollups, request counts and availability sources. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('monitors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'integer', (c) => c.notNull().unique())
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('component_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('interval_ms', 'integer', (c) => c.notNull())
    .addColumn('locations', 'text', (c) => c.notNull())
    .addColumn('push_token_hash', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('monitors_component').on('monitors').columns(['service_id', 'component_id']).execute();
  await db.schema
    .createTable('probe_locations')
    .addColumn('key', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('monitor_samples')
    .addColumn('monitor_key', 'integer', (c) => c.notNull())
    .addColumn('t', 'bigint', (c) => c.notNull())
    .addColumn('location_key', 'integer', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_samples_pk', ['monitor_key', 't', 'location_key'])
    .execute();
  await db.schema.createIndex('monitor_samples_t').on('monitor_samples').column('t').execute();
  await db.schema
    .createTable('monitor_latest')
    .addColumn('monitor_key', 'integer', (c) => c.notNull())
    .addColumn('location_key', 'integer', (c) => c.notNull())
    .addColumn('t', 'bigint', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('warning', 'text')
    .addPrimaryKeyConstraint('monitor_latest_pk', ['monitor_key', 'location_key'])
    .execute();
  await db.schema
    .createTable('monitor_changes')
    .addColumn('monitor_key', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('failing', 'integer', (c) => c.notNull())
    .addColumn('reporting', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_changes_pk', ['monitor_key', 'at'])
    .execute();
  await db.schema
    .createTable('monitor_rollups')
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
    .execute();
  await db.schema
    .createIndex('monitor_rollups_monitor')
    .on('monitor_rollups')
    .columns(['monitor_key', 'size', 'start'])
    .execute();
  await db.schema
    .createTable('monitor_request_counts')
    .addColumn('monitor_key', 'integer', (c) => c.notNull())
    .addColumn('start', 'bigint', (c) => c.notNull())
    .addColumn('end', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('failed', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_request_counts_pk', ['monitor_key', 'start'])
    .execute();
  await db.schema
    .createTable('availability_sources')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('components', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('availability_sources_pk', ['customer_id', 'contract_id'])
    .execute();
  await db.schema
    .createTable('probe_members')
    .addColumn('location_key', 'integer', (c) => c.notNull())
    .addColumn('member', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('probe_members_pk', ['location_key', 'member'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'probe_members',
    'availability_sources',
    'monitor_request_counts',
    'monitor_rollups',
    'monitor_changes',
    'monitor_latest',
    'monitor_samples',
    'probe_locations',
    'monitors',
  ])
    await db.schema.dropTable(table).execute();
}
