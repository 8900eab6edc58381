import { sql, type Kysely } from 'kysely';

/**
 * The status page's incident reads, each an index range instead of a scan of every incident: the open ones (a
 * partial index, a handful of rows), the months of history by resolution (counts and the earliest opening read from
 * the index alone), and each month's latest lines in the page's order (newest first, then id).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('status_incidents_open')
    .on('status_incidents')
    .column('opened_at')
    .where(sql.ref('resolved_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('status_incidents_resolved')
    .on('status_incidents')
    .columns(['resolved_at', 'opened_at'])
    .execute();
  await db.schema
    .createIndex('status_incidents_newest')
    .on('status_incidents')
    .columns(['opened_at desc', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ['status_incidents_open', 'status_incidents_resolved', 'status_incidents_newest'])
    await db.schema.dropIndex(name).execute();
}
