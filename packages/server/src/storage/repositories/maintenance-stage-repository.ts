import type { MaintenanceStageTable } from '../status-tables.js';
import type { Executor } from './executor.js';

export type MaintenanceStageRow = MaintenanceStageTable;

/** Sets (or replaces) the next stage of a maintenance. */
export async function setMaintenanceStage(db: Executor, row: MaintenanceStageRow): Promise<void> {
  await db
    .insertInto('maintenance_stages')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('exclusion_id')
        .doUpdateSet((eb) => ({ stage: eb.ref('excluded.stage'), due_at: eb.ref('excluded.due_at') })),
    )
    .execute();
}

/** The stage a maintenance waits for, if it has one left. */
export async function maintenanceStageOf(db: Executor, exclusionId: string): Promise<MaintenanceStageRow | undefined> {
  return db.selectFrom('maintenance_stages').selectAll().where('exclusion_id', '=', exclusionId).executeTakeFirst();
}

export async function clearMaintenanceStage(db: Executor, exclusionId: string): Promise<void> {
  await db.deleteFrom('maintenance_stages').where('exclusion_id', '=', exclusionId).execute();
}

/** Stages due by `until`, earliest first. */
export async function dueMaintenanceStages(db: Executor, until: number, limit: number): Promise<MaintenanceStageRow[]> {
  return db
    .selectFrom('maintenance_stages')
    .selectAll()
    .where('due_at', '<=', until)
    .orderBy('due_at')
    .limit(limit)
    .execute();
}

export async function nextMaintenanceStageAt(db: Executor): Promise<number | null> {
  const r = await db
    .selectFrom('maintenance_stages')
    .select((eb) => eb.fn.min('due_at').as('at'))
    .executeTakeFirst();
  return r?.at === null || r?.at === undefined ? null : Number(r.at);
}

/**
 * Moves a maintenance from the stage it was read at to the next (null: none left), if no other process did first:
 * returns whether this call did (and so writes the stage's notice).
 */
export async function advanceMaintenanceStage(
  db: Executor,
  from: MaintenanceStageRow,
  next: Omit<MaintenanceStageRow, 'exclusion_id'> | null,
): Promise<boolean> {
  const changed = next
    ? Number(
        (
          await db
            .updateTable('maintenance_stages')
            .set(next)
            .where('exclusion_id', '=', from.exclusion_id)
            .where('stage', '=', from.stage)
            .executeTakeFirst()
        ).numUpdatedRows,
      )
    : Number(
        (
          await db
            .deleteFrom('maintenance_stages')
            .where('exclusion_id', '=', from.exclusion_id)
            .where('stage', '=', from.stage)
            .executeTakeFirst()
        ).numDeletedRows,
      );
  return changed === 1;
}
