import type { Kysely } from 'kysely';

interface Change {
  monitor_key: number;
  at: number;
  failing: number;
}

/**
 * The spans during which a monitor had any failing location (monitor-tables.ts), filled from the location changes
 * kept so far: the status page finds the few monitors that can have an outage in a range without reading every
 * monitor's changes. The days it kept are dropped, to be measured again with monitors' outages in them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('monitor_failing_spans')
    .addColumn('monitor_key', 'integer', (c) => c.notNull())
    .addColumn('start', 'bigint', (c) => c.notNull())
    .addColumn('end', 'bigint')
    .addPrimaryKeyConstraint('monitor_failing_spans_pk', ['monitor_key', 'start'])
    .execute();
  await db.schema.createIndex('monitor_failing_spans_end').on('monitor_failing_spans').column('end').execute();
  const typed = db as unknown as Kysely<{
    monitor_changes: Change & { reporting: number };
    monitor_failing_spans: { monitor_key: number; start: number; end: number | null };
  }>;
  const spans: { monitor_key: number; start: number; end: number | null }[] = [];
  let open: { monitor_key: number; start: number; end: number | null } | undefined;
  // Changes in key order: a span opens at a change with failing locations and closes at the next change without.
  const changes = await typed
    .selectFrom('monitor_changes')
    .select(['monitor_key', 'at', 'failing'])
    .orderBy('monitor_key')
    .orderBy('at')
    .execute();
  for (const c of changes) {
    if (open && open.monitor_key !== c.monitor_key) open = undefined;
    if (!open && c.failing > 0) spans.push((open = { monitor_key: c.monitor_key, start: Number(c.at), end: null }));
    else if (open && c.failing === 0) {
      open.end = Number(c.at);
      open = undefined;
    }
  }
  // Days the status page kept were measured without monitors: measured again, with them, on the next read.
  await (db as unknown as Kysely<{ status_uptime_days: { day: number } }>).deleteFrom('status_uptime_days').execute();
  for (let i = 0; i < spans.length; i += 500)
    await typed
      .insertInto('monitor_failing_spans')
      .values(spans.slice(i, i + 500))
      .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('monitor_failing_spans').execute();
}
