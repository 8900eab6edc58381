import type { Kysely } from 'kysely';

/**
 * Impact segments are read by their end (those still open, those ending after a day began: impactsBetween), so that
 * the status page's reads of today do not scan every segment that ever began.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('incident_impacts_end').on('incident_impacts').column('end').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incident_impacts_end').execute();
}
