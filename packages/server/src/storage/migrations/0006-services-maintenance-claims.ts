import { sql, type Kysely } from 'kysely';

/**
 * A provider's services and their components; the service (and component) an incident or exclusion concerns;
 * cancelled maintenance; credit claims with their decisions; and the last credit decision per customer, contract
 * and month (so that each decision is audited once, when it is made or changes, not on every read).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('components')
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('components_pk', ['service_id', 'id'])
    .execute();
  // Nullable, so that incidents and exclusions recorded before services existed (and requests that name none)
  // stay valid: they concern the provider's whole offering.
  for (const table of ['incidents', 'exclusions']) {
    await db.schema
      .alterTable(table)
      .addColumn('service_id', 'text', (c) => c.references('services.id'))
      .execute();
    await db.schema.alterTable(table).addColumn('component_id', 'text').execute();
  }
  // Scheduled maintenance is an exclusion (category scheduled_maintenance); cancelling it keeps the row as a record.
  await db.schema.alterTable('exclusions').addColumn('cancelled_at', 'bigint').execute();
  await db.schema.alterTable('exclusions').addColumn('cancelled_by', 'text').execute();
  await db.schema.createIndex('exclusions_start').on('exclusions').column('start').execute();
  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('filed_at', 'bigint', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('affected_at', 'bigint')
    .addColumn('deadline', 'bigint')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('credit', 'real', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('uptime', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claims_customer').on('claims').columns(['customer_id', 'filed_at']).execute();
  // One accepted claim per customer, contract and month, even when two are filed at the same moment.
  await db.schema
    .createIndex('claims_accepted_once')
    .on('claims')
    .columns(['customer_id', 'contract_id', 'period'])
    .unique()
    .where(sql.ref('outcome'), '=', 'accepted')
    .execute();
  await db.schema
    .createTable('credit_decisions')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('credit', 'real', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text')
    .addColumn('decided_at', 'bigint', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('credit_decisions_pk', ['customer_id', 'contract_id', 'period'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credit_decisions').execute();
  await db.schema.dropTable('claims').execute();
  await db.schema.dropIndex('exclusions_start').execute();
  for (const column of ['cancelled_by', 'cancelled_at', 'component_id', 'service_id'])
    await db.schema.alterTable('exclusions').dropColumn(column).execute();
  for (const column of ['component_id', 'service_id'])
    await db.schema.alterTable('incidents').dropColumn(column).execute();
  await db.schema.dropTable('components').execute();
  await db.schema.dropTable('services').execute();
}
