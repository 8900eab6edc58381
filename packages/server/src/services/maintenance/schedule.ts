import { randomUUID } from 'node:crypto';
import { repeatedWindows, type RepeatRule } from '@surety/engine';
import { insertExclusion, type ExclusionRow } from '../../storage/repositories/availability-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudit } from '../audit/log.js';
import { maintenanceJson } from './maintenance-json.js';
import { noticeChecks } from './notice.js';
import type { MaintenanceDetailJson, NoticeCheck } from './maintenance-json.js';
import { scheduleMaintenanceStages } from './stages.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { checkServiceReference, type ServiceReference } from '../catalog/service-references.js';
import { writeTransaction } from '../core/write-transaction.js';
import { maintenanceStageEmails } from '../notices/maintenance-notice.js';
import { enqueueEmail } from '../outbox/enqueue.js';
import { wireInstant } from '../core/instants.js';

export interface MaintenanceInput extends ServiceReference {
  /** Omitted: maintenance of the whole service, for every customer. */
  customerId?: string;
  start: number;
  end: number;
  reason: string;
  /** When the notice went out, if before this publication; omitted: now (publishing sends the notice at once). */
  noticeAt?: number;
  /**
   * Publish even though the notice is short for a contract under which short notice makes the window count as
   * downtime (Invoca §2.3); without it such a maintenance is refused, naming each contract and its shortfall.
   */
  acceptShortNotice?: boolean;
  /**
   * Publish a series: the window again every day or week at the same local time in `zone`, `count` times in all. Each
   * occurrence is a maintenance of its own (checked against each contract's notice rule, reminded a day before, told
   * at its start and end, cancelled on its own); one notice announces the series.
   */
  repeat?: RepeatRule;
}

/** The maintenance published (its first occurrence), its notice checks, and every occurrence of a series. */
export type ScheduledMaintenance = MaintenanceDetailJson;

/**
 * Schedules maintenance. It is stored as an exclusion of category scheduled_maintenance, not in a table of its own:
 * availability reports already read exclusions and decide them with each contract's notice rule, so one row is
 * both the maintenance and its effect on every report, and the two cannot drift apart. The answer checks the
 * notice against every contract it touches.
 */
export async function scheduleMaintenance(ctx: ServiceContext, input: MaintenanceInput): Promise<ScheduledMaintenance> {
  requireStaffWrite(ctx);
  const now = ctx.now();
  if (input.end <= input.start) throw new ServiceError('invalid', 'end is not after start', 'end');
  if (input.noticeAt !== undefined && input.noticeAt > now)
    throw new ServiceError('invalid', 'noticeAt is when the notice went out: it cannot be in the future', 'noticeAt');
  if (input.noticeAt !== undefined && input.noticeAt > input.start)
    throw new ServiceError('invalid', 'a notice given after the maintenance began is no notice', 'noticeAt');
  const windows = input.repeat ? occurrencesOf(input) : [{ start: input.start, end: input.end }];
  const seriesId = input.repeat ? randomUUID() : null;
  const rows: ExclusionRow[] = windows.map((w) => ({
    id: randomUUID(),
    customer_id: input.customerId ?? null,
    start: w.start,
    end: w.end,
    category: 'scheduled_maintenance',
    reason: input.reason,
    notice_at: input.noticeAt ?? now,
    communicated_at: null,
    service_id: input.serviceId ?? null,
    component_id: input.componentId ?? null,
    cancelled_at: null,
    cancelled_by: null,
    created_at: now,
    series_id: seriesId,
  }));
  const row = rows[0]!;
  return writeTransaction(ctx, async (trx) => {
    if (input.customerId !== undefined && !(await findCustomer(trx, input.customerId)))
      throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
    await checkServiceReference(trx, input);
    const checks: NoticeCheck[][] = [];
    for (const r of rows) {
      await insertExclusion(trx, r);
      checks.push(await noticeChecks(trx, ctx.caches.compiledContracts, r));
    }
    const notice = checks[0]!;
    // As each contract says: a short notice it only flags is published and reported; one that makes the window count
    // as downtime is refused unless the scheduler accepts that. Every occurrence of a series is checked (the window
    // check can differ between them: a contract's window keeps its own zone's clock).
    const counted = checks.flatMap((c, i) =>
      c.filter((x) => x.sufficient === false && x.effect === 'counted').map((x) => ({ ...x, start: rows[i]!.start })),
    );
    if (counted.length && !input.acceptShortNotice)
      throw new ServiceError(
        'conflict',
        `short notice: the window would count as downtime under ${counted
          .map(
            (c) =>
              `${c.contractId} for ${c.customerId}${rows.length > 1 ? ` on ${new Date(c.start).toISOString()}` : ''} (${c.required} required${c.note ? `; ${c.note}` : ''})`,
          )
          .join(', ')}; move the start, or publish with acceptShortNotice`,
        'start',
      );
    // Published: its notice goes out now, to subscribers and designated contacts, with the maintenance itself (a
    // series is announced once, with its occurrences).
    await enqueueEmail(
      trx,
      ctx,
      await maintenanceStageEmails(trx, ctx, row, 'published', input.repeat ? { rule: input.repeat, rows } : undefined),
    );
    // Then each occurrence moves on by itself: a reminder, its start and its end are told too
    // (worker/maintenance-worker.ts).
    for (const r of rows) await scheduleMaintenanceStages(trx, r, now);
    await recordAudit(trx, ctx, 'maintenance.scheduled', `exclusion:${row.id}`, {
      ...input,
      contracts: notice.length,
      shortNotice: notice.filter((c) => c.sufficient === false).length,
      acceptedShortNotice: counted.length > 0,
      counted: notice.filter((c) => c.effect === 'counted').length,
      ...(seriesId ? { series: seriesId, occurrences: rows.map((r) => r.id) } : {}),
    });
    return {
      ...maintenanceJson(row, now),
      notice,
      occurrences: seriesId
        ? rows.map((r) => ({ id: r.id, start: wireInstant(r.start), end: wireInstant(r.end) }))
        : [],
    };
  });
}

/** The windows of a series, from the engine's expansion; a rule it refuses is the caller's error. */
function occurrencesOf(input: MaintenanceInput): { start: number; end: number }[] {
  try {
    return repeatedWindows({ start: input.start, end: input.end }, input.repeat!);
  } catch (e) {
    if (e instanceof RangeError) throw new ServiceError('invalid', e.message, 'repeat');
    throw e;
  }
}
