import type { Kysely } from 'kysely';

/**
 * The next stage notice of each scheduled maintenance (reminder, started, completed): a timer row per maintenance,
 * advanced as each stage's notice is written. Maintenance scheduled before this migration gets the stage still ahead
 * of it now (what already passed was never announced, and announcing it late would be wrong).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('maintenance_stages')
    .addColumn('exclusion_id', 'text', (c) => c.primaryKey().references('exclusions.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('maintenance_stages_due').on('maintenance_stages').column('due_at').execute();
  const now = Date.now();
  const t = db as Kysely<{
    exclusions: { id: string; start: number; end: number; category: string; cancelled_at: number | null };
    maintenance_stages: { exclusion_id: string; stage: string; due_at: number };
  }>;
  const pending = await t
    .selectFrom('exclusions')
    .select(['id', 'start', 'end'])
    .where('category', '=', 'scheduled_maintenance')
    .where('cancelled_at', 'is', null)
    .where('end', '>', now)
    .execute();
  for (const m of pending)
    await t
      .insertInto('maintenance_stages')
      .values({
        exclusion_id: m.id,
        stage: Number(m.start) > now ? 'started' : 'completed',
        due_at: Number(m.start) > now ? Number(m.start) : Number(m.end),
      })
      .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('maintenance_stages').execute();
}
