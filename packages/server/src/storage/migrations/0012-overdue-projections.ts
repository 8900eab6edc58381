import { sql, type Kysely } from 'kysely';

/**
 * The clock queue shows overdue requests first: open, with a deadline passed and its clock still unmet. Each
 * projection keeps when that began, under a partial index: overdue requests are few, and a projection update that
 * leaves the column null touches no index page. Existing projections are filled in from their stored state
 * (written before clocks said when they stopped, so an unmet breached clock of an open request counts as overdue;
 * `surety projections rebuild` re-derives them exactly).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('clock_projections').addColumn('overdue_since', 'bigint').execute();
  await db.schema
    .createIndex('clock_projections_overdue')
    .on('clock_projections')
    .columns(['overdue_since', 'ticket_id'])
    .where(sql.ref('overdue_since'), 'is not', null)
    .execute();
  const rows = await sql<{ ticket_id: string; state: string }>`select ticket_id, state from clock_projections
    where state like ${'%"breached"%'}`.execute(db);
  for (const row of rows.rows) {
    const since = overdueSince(JSON.parse(row.state) as StoredState);
    if (since !== null)
      await sql`update clock_projections set overdue_since = ${since} where ticket_id = ${row.ticket_id}`.execute(db);
  }
}

interface StoredState {
  phase?: string;
  clocks?: { status: string; breachedAt: string | null; metAt: string | null; stoppedAt?: string | null }[];
}

function overdueSince(state: StoredState): number | null {
  if (state.phase !== 'open') return null;
  const breaches = (state.clocks ?? [])
    .filter((c) => c.status === 'breached' && c.breachedAt && !c.metAt && !c.stoppedAt)
    .map((c) => Date.parse(c.breachedAt!));
  return breaches.length ? Math.min(...breaches) : null;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('clock_projections_overdue').execute();
  await db.schema.alterTable('clock_projections').dropColumn('overdue_since').execute();
}
