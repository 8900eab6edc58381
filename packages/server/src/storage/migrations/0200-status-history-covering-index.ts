import type { Kysely } from 'kysely';

/**
 * The status page's history (each month's count and its latest lines) read from one index alone: opening, id,
 * resolution and title, so that neither the counts nor the lines visit the table (docs/benchmarks.md, status page).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('status_incidents_newest').execute();
  await db.schema
    .createIndex('status_incidents_history')
    .on('status_incidents')
    .columns(['opened_at desc', 'id', 'resolved_at', 'title'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('status_incidents_history').execute();
  await db.schema
    .createIndex('status_incidents_newest')
    .on('status_incidents')
    .columns(['opened_at desc', 'id'])
    .execute();
}
