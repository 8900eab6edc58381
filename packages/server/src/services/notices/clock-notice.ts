import type { Executor } from '../../storage/repositories/executor.js';
import type { OutgoingEmail } from '../outbox/enqueue.js';
import { publicLink } from './public-url.js';
import { groupEmails, ON_DUTY } from './notice-groups.js';
import type { ServiceContext } from '../core/service-context.js';

/** A clock warning or breach just recorded, as the email about it tells it. */
export interface ClockNotice {
  ticketId: string;
  customerId: string;
  contractId: string;
  clock: string;
  change: 'warning' | 'breached';
  dueAt: number;
  recordedAt: number;
  rule: string;
  /** The same key as the webhook event: one notice per warning or breach, whatever records it. */
  key: string;
}

/** Who is told of a request's clock warnings and breaches besides the on-duty group: its assignee, when it has one. */
export type AssigneeEmails = (db: Executor, ticketIds: readonly string[]) => Promise<Map<string, string>>;

/**
 * The emails of clock warnings and breaches just recorded: to the provider's on-duty group (notices/notice-groups.ts)
 * and to each request's assignee, once per person per warning or breach (an assignee on duty gets one). Written by the
 * caller in the transaction that records them, beside the webhook events.
 */
export async function clockNoticeEmails(
  db: Executor,
  ctx: ServiceContext,
  notices: readonly ClockNotice[],
  assignees?: AssigneeEmails,
): Promise<OutgoingEmail[]> {
  if (!notices.length) return [];
  const onDuty = await groupEmails(db, [ON_DUTY]);
  const assigned = assignees ? await assignees(db, [...new Set(notices.map((n) => n.ticketId))]) : new Map();
  return notices.flatMap((n) => {
    const assignee = assigned.get(n.ticketId);
    const to = [...(assignee ? [assignee] : []), ...onDuty];
    if (!to.length) return [];
    const what = n.change === 'warning' ? 'Clock warning' : 'Clock breached';
    const due = new Date(n.dueAt).toISOString();
    return [
      {
        kind: `clock.${n.change}`,
        key: `clock:${n.key}`,
        to,
        subject: `${what}: ${n.ticketId} ${n.clock} ${n.change === 'warning' ? 'due' : 'was due'} ${due}`,
        content: {
          title: `${what}: request ${n.ticketId}, ${n.clock}`,
          paragraphs: [
            n.change === 'warning'
              ? `The ${n.clock} clock of request ${n.ticketId} passed its warning point; it is due ${due}.`
              : `The ${n.clock} clock of request ${n.ticketId} breached its target, due ${due}.`,
            `Customer: ${n.customerId}. Contract: ${n.contractId}.`,
            `Rule: ${n.rule}.`,
            `Recorded ${new Date(n.recordedAt).toISOString()}.`,
          ],
          action: {
            label: 'Open the request',
            url: publicLink(ctx, `/app/requests/${encodeURIComponent(n.ticketId)}`),
          },
          footer: `You receive this as the request's assignee or as a member of the provider's ${ON_DUTY} group.`,
        },
      },
    ];
  });
}
