import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL: a ticket's projection row (some 800 bytes) is rewritten by every event of the ticket. With its pages
 * filled to the brim, the new version often went to another page under the ingestion bench, and then into each of
 * the table's indexes too; with half of each page left free, the new version usually fits beside the old one and is
 * a heap-only update (HOT), which leaves the indexes alone. Applies to the pages written from now on: an existing
 * table's pages get the room as they are rewritten (VACUUM FULL), not here, which would lock the table for as long as
 * it takes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table clock_projections set (fillfactor = 50)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table clock_projections reset (fillfactor)`.execute(db);
}
