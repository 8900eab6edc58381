import type { ExclusionRow } from '../../storage/repositories/availability-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import type { ServiceContext } from '../core/service-context.js';
import type { OutgoingEmail } from '../outbox/enqueue.js';
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

/**
 * A notice of a maintenance window, to the subscribers of the component it affects (every subscriber when it names
 * none) and to the designated contacts of its customer (every customer's when it is everyone's): when it is published
 * (written with the maintenance, so the notice exists exactly when the maintenance does), and at each later stage
 * (services/maintenance/stages.ts). The outbox records per recipient when each was sent and accepted.
 */
export async function maintenanceStageEmails(
  db: Executor,
  ctx: ServiceContext,
  m: ExclusionRow,
  stage: MaintenanceNoticeStage,
): Promise<OutgoingEmail[]> {
  const what = m.component_id ? `${m.service_id}/${m.component_id}` : (m.service_id ?? 'all services');
  const window = `${new Date(m.start).toISOString()} to ${new Date(m.end).toISOString()} (UTC)`;
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
        paragraphs: [...(lead ? [lead] : []), `When: ${window}.`, `Affects: ${what}.`],
        action: { label: 'Add every window to your calendar', url: publicLink(ctx, '/status/maintenance.ics') },
      },
    },
    {
      components: m.service_id ? [{ serviceId: m.service_id, componentId: m.component_id }] : [],
      customerId: m.customer_id,
    },
  );
}
