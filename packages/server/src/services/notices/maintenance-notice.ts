import type { ExclusionRow } from '../../storage/repositories/availability-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import type { ServiceContext } from '../core/service-context.js';
import type { OutgoingEmail } from '../outbox/enqueue.js';
import { publicLink } from './public-url.js';
import { noticeEmails } from './recipients.js';

/**
 * The notice of a maintenance window as it is published: to the subscribers of the component it affects (every
 * subscriber when it names none) and to the designated contacts of its customer (every customer's when it is
 * everyone's). Written with the maintenance, so the notice exists exactly when the maintenance does; the outbox
 * records per recipient when it was sent and accepted.
 */
export async function maintenanceNoticeEmails(
  db: Executor,
  ctx: ServiceContext,
  m: ExclusionRow,
): Promise<OutgoingEmail[]> {
  const what = m.component_id ? `${m.service_id}/${m.component_id}` : (m.service_id ?? 'all services');
  const window = `${new Date(m.start).toISOString()} to ${new Date(m.end).toISOString()} (UTC)`;
  return noticeEmails(
    db,
    ctx,
    {
      kind: 'maintenance.published',
      key: `maintenance:${m.id}:published`,
      subject: `Scheduled maintenance: ${m.reason}`,
      content: {
        title: `Scheduled maintenance: ${m.reason}`,
        paragraphs: [`When: ${window}.`, `Affects: ${what}.`],
        action: { label: 'Add every window to your calendar', url: publicLink(ctx, '/status/maintenance.ics') },
      },
    },
    {
      components: m.service_id ? [{ serviceId: m.service_id, componentId: m.component_id }] : [],
      customerId: m.customer_id,
    },
  );
}
