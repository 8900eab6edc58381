import type { Kysely } from 'kysely';

/**
 * Incidents with a lifecycle (open without an end, updates that change status, text, components and impact), the
 * impact segments they feed availability with, email subscriptions per component, and customers' secret page links.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('status_incidents_opened').on('status_incidents').column('opened_at').execute();
  await db.schema
    .createTable('status_incident_updates')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('status_incidents.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('fraction', 'double precision', (c) => c.notNull())
    .addColumn('components', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('status_incident_updates_pk', ['incident_id', 'seq'])
    .execute();
  await db.schema
    .createTable('incident_impacts')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('status_incidents.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('component_id', 'text')
    .addColumn('start', 'bigint', (c) => c.notNull())
    .addColumn('end', 'bigint')
    .addColumn('fraction', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_impacts_start').on('incident_impacts').column('start').execute();
  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('component_id', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('confirmed_at', 'bigint')
    .addColumn('unsubscribed_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('subscriptions_component')
    .on('subscriptions')
    .columns(['service_id', 'component_id'])
    .execute();
  await db.schema
    .createTable('status_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['status_links', 'subscriptions', 'incident_impacts', 'status_incident_updates', 'status_incidents'])
    await db.schema.dropTable(t).execute();
}
