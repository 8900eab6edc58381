import { findExclusion, type ExclusionRow } from '../../storage/repositories/availability-repository.js';
import {
  advanceMaintenanceStage,
  clearMaintenanceStage,
  dueMaintenanceStages,
  nextMaintenanceStageAt,
  setMaintenanceStage,
  type MaintenanceStageRow,
} from '../../storage/repositories/maintenance-stage-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { recordAudit } from '../audit/log.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { maintenanceStageEmails } from '../notices/maintenance-notice.js';
import { enqueueEmail } from '../outbox/enqueue.js';

export type MaintenanceStage = MaintenanceStageRow['stage'];

/** How long before its start subscribers and contacts are reminded of a maintenance (when published earlier). */
export const REMINDER_BEFORE_MS = 24 * 3_600_000;

type Due = Omit<MaintenanceStageRow, 'exclusion_id'>;

/** The stage after `stage`, or the first one still ahead of `now` when `stage` is undefined. */
function stageAfter(m: ExclusionRow, stage: MaintenanceStage | undefined, now: number): Due | null {
  if (stage === undefined && m.start - REMINDER_BEFORE_MS > now)
    return { stage: 'reminder', due_at: m.start - REMINDER_BEFORE_MS };
  if (stage === undefined ? m.start > now : stage === 'reminder') return { stage: 'started', due_at: m.start };
  if (stage !== 'completed' && (stage !== undefined || m.end > now)) return { stage: 'completed', due_at: m.end };
  return null;
}

/**
 * Sets the stages of a maintenance just published (in its transaction): a reminder a day before its start if there is
 * still a day to go (a notice published within the day is its own reminder), then its start and its end. Maintenance
 * recorded after it happened announces nothing.
 */
export async function scheduleMaintenanceStages(db: Executor, m: ExclusionRow, now: number): Promise<void> {
  const first = stageAfter(m, undefined, now);
  if (first) await setMaintenanceStage(db, { exclusion_id: m.id, ...first });
}

/** A cancelled maintenance has no stages left. */
export async function cancelMaintenanceStages(db: Executor, id: string): Promise<void> {
  await clearMaintenanceStage(db, id);
}

export interface FiredStage {
  maintenanceId: string;
  stage: MaintenanceStage;
  dueAt: number;
  /** false: a reminder whose maintenance had begun by the time it was looked at (the start notice says more). */
  notified: boolean;
}

/**
 * Moves every maintenance whose stage has come to its next one, and writes the stage's notice to the outbox in the
 * same transaction: scheduled → in progress at its start, → completed at its end, each told to subscribers and
 * designated contacts. Several processes may call it at once: a stage is moved, and so announced, by one of them.
 */
export async function fireDueMaintenanceStages(ctx: ServiceContext, limit = 100): Promise<FiredStage[]> {
  const now = ctx.now();
  const fired: FiredStage[] = [];
  for (const due of await dueMaintenanceStages(ctx.db, now, limit)) {
    const done = await writeTransaction(ctx, async (trx): Promise<FiredStage | null> => {
      const m = await findExclusion(trx, due.exclusion_id);
      if (!m || m.cancelled_at !== null) {
        await clearMaintenanceStage(trx, due.exclusion_id);
        return null;
      }
      if (!(await advanceMaintenanceStage(trx, due, stageAfter(m, due.stage, now)))) return null;
      // A reminder looked at after the start (the server was down) would say "starts soon" of what has begun.
      const notified = !(due.stage === 'reminder' && m.start <= now);
      if (notified) await enqueueEmail(trx, ctx, await maintenanceStageEmails(trx, ctx, m, due.stage));
      await recordAudit(trx, ctx, `maintenance.${due.stage}`, `exclusion:${m.id}`, { dueAt: due.due_at, notified });
      return { maintenanceId: m.id, stage: due.stage, dueAt: due.due_at, notified };
    });
    if (done) fired.push(done);
  }
  return fired;
}

export async function nextMaintenanceStage(ctx: ServiceContext): Promise<number | null> {
  return nextMaintenanceStageAt(ctx.db);
}
