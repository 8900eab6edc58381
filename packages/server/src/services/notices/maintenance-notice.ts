import type { RepeatRule } from '@surety/engine';
import type { ExclusionRow } from '../../storage/repositories/availability-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import type { ServiceContext } from '../core/service-context.js';
import type { OutgoingEmail } from '../outbox/enqueue.js';
import { customersQuietInWindow } from './maintenance-window-quiet.js';
import { publicLink } from './public-url.js';
import { noticeEmails } from './recipients.js';

/** What each notice of a maintenance says first: it is published, a day to go, it has begun, it is over. */
const STAGES = {
  published: { subject: 'Scheduled maintenance', lead: null },
  reminder: { subject: 'Reminder: scheduled maintenance', lead: 'This maintenance starts within a day.' },
  started: { subject: 'Maintenance in progress', lead: 'This maintenance has started.' },
  completed: { subject: 'Maintenance completed', lead: 'This maintenance has ended.' },
} as const;

export type MaintenanceNoticeStage = keyof typeof STAGES;

/** A maintenance's window, as its notices say it (UTC). */
const span = (r: ExclusionRow) => `${new Date(r.start).toISOString()} to ${new Date(r.end).toISOString()}`;

/** What a maintenance affects, as its notices say it. */
const affected = (m: ExclusionRow) =>
  m.component_id ? `${m.service_id}/${m.component_id}` : (m.service_id ?? 'all services');

/**
 * Who every notice of a maintenance goes to: the subscribers of its component (every subscriber when it names none)
 * and the designated contacts of its customer (every customer's when it is everyone's), less the customers whose
 * contracts promise no notice of maintenance wholly inside their regular window, judged over `occurrences` (Tactful):
 * they were promised silence, and a "completed" or "cancelled" of work never announced would only puzzle them; the
 * status page still shows it. Subscribers asked for every notice of their component themselves, so they get theirs.
 */
async function audience(db: Executor, ctx: ServiceContext, m: ExclusionRow, occurrences: readonly ExclusionRow[]) {
  return {
    components: m.service_id ? [{ serviceId: m.service_id, componentId: m.component_id }] : [],
    customerId: m.customer_id,
    exceptCustomers: await customersQuietInWindow(db, ctx.caches.compiledContracts, occurrences),
  };
}

/**
 * A notice of a maintenance window, to the subscribers of the component it affects (every subscriber when it names
 * none) and to the designated contacts of its customer (every customer's when it is everyone's): when it is published
 * (written with the maintenance, so the notice exists exactly when the maintenance does), and at each later stage
 * (services/maintenance/stages.ts). The outbox records per recipient when each was sent and accepted. Customers
 * whose contracts promise no notice of maintenance inside their regular window are left out while it lies wholly
 * inside (notices/maintenance-window-quiet.ts).
 */
export async function maintenanceStageEmails(
  db: Executor,
  ctx: ServiceContext,
  m: ExclusionRow,
  stage: MaintenanceNoticeStage,
  /** Published as a series: announced once, with every occurrence (each is then reminded of on its own). */
  series?: { rule: RepeatRule; rows: readonly ExclusionRow[] },
): Promise<OutgoingEmail[]> {
  const window = `${span(m)} (UTC)`;
  const repeats = series
    ? [
        `Repeats every ${series.rule.every} at the same time in ${series.rule.zone}, ${series.rows.length} times in all (UTC): ${series.rows.map(span).join('; ')}. A reminder goes out a day before each.`,
      ]
    : [];
  const { subject, lead } = STAGES[stage];
  return noticeEmails(
    db,
    ctx,
    {
      kind: `maintenance.${stage}`,
      key: `maintenance:${m.id}:${stage}`,
      subject: `${subject}: ${m.reason}`,
      content: {
        title: `${subject}: ${m.reason}`,
        paragraphs: [...(lead ? [lead] : []), `When: ${window}.`, ...repeats, `Affects: ${affected(m)}.`],
        action: { label: 'Add every window to your calendar', url: publicLink(ctx, '/status/maintenance.ics') },
      },
    },
    await audience(db, ctx, m, series ? series.rows : [m]),
  );
}

/**
 * The notice that one maintenance announced earlier is called off (services/maintenance/cancel.ts): to the people its
 * publication told, so to its component's subscribers and its customers' designated contacts, less the customers its
 * contracts kept quiet about it (judged over the whole series when it was published in one, as its announcement was).
 */
export async function maintenanceCancelledEmails(
  db: Executor,
  ctx: ServiceContext,
  m: ExclusionRow,
  /** Every occurrence of the series it was published in, or none. */
  series: readonly ExclusionRow[],
): Promise<OutgoingEmail[]> {
  const subject = `Maintenance cancelled: ${m.reason}`;
  return noticeEmails(
    db,
    ctx,
    {
      kind: 'maintenance.cancelled',
      key: `maintenance:${m.id}:cancelled`,
      subject,
      content: {
        title: subject,
        paragraphs: [
          `This maintenance will not take place: ${span(m)} (UTC).`,
          ...(series.length > 1 ? ['Only this window of its series is called off.'] : []),
          `Affects: ${affected(m)}.`,
        ],
        action: { label: 'See the status page', url: publicLink(ctx, '/status') },
      },
    },
    await audience(db, ctx, m, series.length ? series : [m]),
  );
}

/**
 * The one notice of a cancelled series (services/maintenance/cancel-series.ts), not one per occurrence: which
 * occurrences are called off and which, under way, ended now; to the same people its occurrences' notices go to,
 * with the customers its contracts keep quiet about work inside their regular window left out as before.
 */
export async function maintenanceSeriesCancelledEmails(
  db: Executor,
  ctx: ServiceContext,
  seriesId: string,
  change: { cancelled: readonly ExclusionRow[]; ended: ExclusionRow | null },
): Promise<OutgoingEmail[]> {
  const rows = [...(change.ended ? [change.ended] : []), ...change.cancelled];
  const m = rows[0]!;
  const subject = `Maintenance series cancelled: ${m.reason}`;
  return noticeEmails(
    db,
    ctx,
    {
      kind: 'maintenance.series_cancelled',
      key: `maintenance-series:${seriesId}:cancelled`,
      subject,
      content: {
        title: subject,
        paragraphs: [
          ...(change.ended
            ? [`The maintenance under way ended at ${new Date(change.ended.end).toISOString()} (UTC).`]
            : []),
          ...(change.cancelled.length
            ? [
                `These ${change.cancelled.length} windows will not take place (UTC): ${change.cancelled.map(span).join('; ')}.`,
              ]
            : []),
          `Affects: ${affected(m)}.`,
        ],
        action: { label: 'See the status page', url: publicLink(ctx, '/status') },
      },
    },
    await audience(db, ctx, m, rows),
  );
}
