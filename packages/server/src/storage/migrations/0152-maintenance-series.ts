import type { Kysely } from 'kysely';

/**
 * Maintenance published as a series (every week at the same local time, so many times): each occurrence is a
 * maintenance of its own (its notice check, its reminder, start and end notices, its effect on reports, cancelled on
 * its own), and names the series it was published in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exclusions').addColumn('series_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exclusions').dropColumn('series_id').execute();
}
