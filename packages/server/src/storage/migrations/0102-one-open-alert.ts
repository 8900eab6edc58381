import { sql, type Kysely } from 'kysely';

/**
 * At most one open alert per monitor: processes confirming a failure at once may see its start at different
 * instants (a late batch moving the changes in between), and must still open it once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('monitor_alerts_open').execute();
  await sql`create unique index monitor_alerts_open on monitor_alerts (monitor_key) where resolved_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('monitor_alerts_open').execute();
  await sql`create index monitor_alerts_open on monitor_alerts (monitor_key) where resolved_at is null`.execute(db);
}
