import { designatedContacts } from '../../storage/repositories/contact-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { allSubscribers, subscribersOf } from '../../storage/repositories/subscription-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import type { OutgoingEmail } from '../outbox/enqueue.js';
import type { EmailContent } from '../outbox/email-template.js';
import { publicLink } from './public-url.js';
import type { ContractRecipient } from './contract-audience.js';

export interface AffectedComponent {
  serviceId: string;
  componentId: string | null;
}

/**
 * The emails of one notice: to each confirmed subscriber of an affected component, with its one-click unsubscribe
 * (RFC 8058), and to the designated contacts of the customers concerned (one customer, or all of them when the
 * notice concerns the provider's whole offering), or instead to the people the contracts name for it
 * (`contacts`: notices/contract-audience.ts), each told why. `components` empty: every subscriber.
 */
export async function noticeEmails(
  db: Executor,
  ctx: ServiceContext,
  notice: { kind: string; key: string; subject: string; content: EmailContent },
  scope: {
    components: readonly AffectedComponent[];
    customerId?: string | null;
    contacts?: readonly ContractRecipient[];
    /** Customers whose designated contacts are not told (their contracts promise no such notice). */
    exceptCustomers?: ReadonlySet<string>;
  },
): Promise<OutgoingEmail[]> {
  const subscribers = scope.components.length ? await subscribersOf(db, scope.components) : await allSubscribers(db);
  const emails: OutgoingEmail[] = [];
  if (scope.contacts) {
    // One message per person: each says why that person is told (TechJutsu §5.1 names who must be).
    for (const c of scope.contacts)
      emails.push({
        ...notice,
        key: `${notice.key}|contact:${c.email}`,
        to: [c.email],
        content: { ...notice.content, footer: `You receive this as ${c.why}.` },
      });
  } else {
    const contacts = (await designatedContacts(db, scope.customerId ?? undefined)).filter(
      (c) => !scope.exceptCustomers?.has(c.customer_id),
    );
    if (contacts.length)
      emails.push({
        ...notice,
        key: `${notice.key}|contacts`,
        to: contacts.map((c) => c.email),
        content: { ...notice.content, footer: 'You receive this as a designated contact of your organisation.' },
      });
  }
  // One message per subscriber: each carries its own unsubscribe link.
  for (const s of subscribers) {
    const unsubscribe = publicLink(ctx, `/status/subscriptions/${s.token}/unsubscribe`);
    emails.push({
      ...notice,
      key: `${notice.key}|subscription:${s.id}`,
      to: [s.email],
      content: {
        ...notice.content,
        footer: `You subscribed to ${s.service_id}/${s.component_id}. Unsubscribe: ${unsubscribe}`,
      },
      headers: () => ({
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }),
    });
  }
  return emails;
}
