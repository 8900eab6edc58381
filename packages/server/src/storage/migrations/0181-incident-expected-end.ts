import type { Kysely } from 'kysely';

/**
 * When an unplanned maintenance is expected to end, as each update states it (TechJutsu §5.1: the notice gives "the
 * expected duration of Downtime"); null: none stated, or the incident is resolved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('status_incident_updates').addColumn('expected_end', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('status_incident_updates').dropColumn('expected_end').execute();
}
