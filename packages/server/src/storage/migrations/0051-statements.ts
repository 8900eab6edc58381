import type { Kysely } from 'kysely';

/**
 * Monthly statements as issued: once a month has closed its statement is stored with the hash of its content and
 * never changed; a later contract version, order form or holiday list, or data recorded late, makes a new revision
 * that says what changed and why.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('statements')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('issued_at', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statements_pk', ['customer_id', 'contract_id', 'period', 'revision'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('statements').execute();
}
