import { sql, type Kysely } from 'kysely';

/**
 * Request counts with failures, by start (a partial index: the rows of healthy intervals are left out of it), so the
 * status page finds the few request-count monitors that can have an outage in its range in one indexed read, as
 * monitor_failing_spans does for checks. The days the page kept were measured without request-count and whole-service
 * monitors: measured again, with them, on the next read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('monitor_request_counts_failed')
    .on('monitor_request_counts')
    .column('start')
    .where(sql.ref('failed'), '>', 0)
    .execute();
  await (db as unknown as Kysely<{ status_uptime_days: { day: number } }>).deleteFrom('status_uptime_days').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('monitor_request_counts_failed').execute();
}
