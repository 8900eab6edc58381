import { sql, type Kysely } from 'kysely';

/**
 * The overview's provider-wide counts kept per month, contract, severity, metric and status (storage/
 * overview-tables.ts), filled from the outcomes there are; and the running outcomes found by status, for the
 * at-risk count that depends on the time of asking.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clock_outcome_counts')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('clocks', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('clock_outcome_counts_pk', ['month', 'contract_id', 'severity', 'clock', 'status'])
    .execute();
  await sql`insert into clock_outcome_counts (month, contract_id, severity, clock, status, clocks)
    select month, contract_id, severity, clock, status, count(*) from clock_outcomes
    group by month, contract_id, severity, clock, status`.execute(db);
  await db.schema.createIndex('clock_outcomes_status').on('clock_outcomes').columns(['status', 'month']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('clock_outcomes_status').execute();
  await db.schema.dropTable('clock_outcome_counts').execute();
}
