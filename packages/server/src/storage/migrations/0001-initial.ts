import { PostgresAdapter, type Kysely } from 'kysely';

/** The first schema. Written with Kysely's schema builder so one migration set serves SQLite and PostgreSQL. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // An auto-numbered key: SQLite's INTEGER PRIMARY KEY is the rowid; PostgreSQL needs a sequence.
  const serial = db.getExecutor().adapter instanceof PostgresAdapter ? 'bigserial' : 'integer';
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('contract_versions')
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contract_versions_pk', ['contract_id', 'version'])
    .execute();
  await db.schema
    .createTable('assignments')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('contract_version', 'integer', (c) => c.notNull())
    .addColumn('order_form', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('assignments_pk', ['customer_id', 'contract_id'])
    .execute();
  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('contract_version', 'integer', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tickets_customer').on('tickets').columns(['customer_id', 'opened_at']).execute();
  await db.schema
    .createTable('ticket_events')
    .addColumn('id', serial, (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addUniqueConstraint('ticket_events_seq', ['ticket_id', 'seq'])
    .execute();
  await db.schema
    .createTable('clock_projections')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey().references('tickets.id'))
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('next_due_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clock_projections_due').on('clock_projections').column('next_due_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'clock_projections',
    'ticket_events',
    'tickets',
    'assignments',
    'contract_versions',
    'customers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
