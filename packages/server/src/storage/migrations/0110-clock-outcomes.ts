import type { Kysely } from 'kysely';
import { clockOutcomesOf, insertClockOutcomes, projectionsAfter } from '../repositories/clock-outcome-repository.js';
import type { Tables } from '../tables.js';

/**
 * The overview's compliance figures per contract, severity and metric: one row per clock cycle of each request,
 * rewritten with the ticket's projection (storage/overview-tables.ts). Existing projections are read once to fill it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clock_outcomes')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('cycle', 'integer', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('running', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'bigint')
    .addColumn('warn_at', 'bigint')
    .addPrimaryKeyConstraint('clock_outcomes_pk', ['ticket_id', 'clock', 'cycle'])
    .execute();
  await db.schema.createIndex('clock_outcomes_month').on('clock_outcomes').columns(['month', 'customer_id']).execute();
  const store = db as unknown as Kysely<Tables>;
  let after = '';
  for (;;) {
    const page = await projectionsAfter(store, after, 1000);
    if (!page.length) break;
    const rows = page.flatMap((p) => {
      const state = JSON.parse(p.state) as { severity?: string | null; clocks?: [] };
      return clockOutcomesOf(p, state.clocks ?? [], state.severity);
    });
    await insertClockOutcomes(store, rows);
    after = page.at(-1)!.id;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('clock_outcomes').execute();
}
