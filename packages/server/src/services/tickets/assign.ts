import { z } from 'zod';
import { findUser } from '../../storage/repositories/user-repository.js';
import { lockTickets, findTicket } from '../../storage/repositories/ticket-repository.js';
import { assigneesOf, setTicketAssignee } from '../../storage/repositories/ticket-assignee-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { recordAudit } from '../audit/log.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

export const ticketAssigneeSchema = z.object({
  ticketId: z.string(),
  assignee: z
    .object({ userId: z.string(), name: z.string(), email: z.string(), assignedAt: instantText })
    .nullable()
    .describe("told by email of the request's clock warnings and breaches, with the on-duty group"),
});
export type TicketAssigneeJson = z.infer<typeof ticketAssigneeSchema>;

/**
 * Assigns a request to one of the provider's active users (`null`: unassigns it). The assignee is told by email of the
 * request's clock warnings and breaches from then on. Audited with who held it before.
 */
export async function assignTicket(
  ctx: ServiceContext,
  ticketId: string,
  userId: string | null,
): Promise<TicketAssigneeJson> {
  requireStaffWrite(ctx);
  return writeTransaction(ctx, async (trx) => {
    const ticket = await findTicket(trx, ticketId);
    if (!ticket) throw new ServiceError('not_found', `no ticket ${ticketId}`);
    await lockTickets(trx, [ticketId]);
    if (userId !== null) {
      const user = await findUser(trx, userId);
      if (!user) throw new ServiceError('invalid', `no user ${userId}`, 'userId');
      if (user.role === 'customer')
        throw new ServiceError('invalid', `${user.email} is a customer's user, not the provider's`, 'userId');
      if (user.disabled_at !== null) throw new ServiceError('invalid', `${user.email} is disabled`, 'userId');
    }
    const before = (await assigneesOf(trx, [ticketId]))[0];
    await setTicketAssignee(trx, ticketId, userId, ctx.now());
    await recordAudit(trx, ctx, 'ticket.assigned', `ticket:${ticketId}`, {
      from: before?.user_id ?? null,
      to: userId,
    });
    return ticketAssignee(trx, ticketId);
  });
}

/** Who holds a request, for the provider's staff (a customer's contact is not told who, nor their email). */
export async function getTicketAssignee(ctx: ServiceContext, ticketId: string): Promise<TicketAssigneeJson> {
  if (ctx.principal.role === 'customer') throw new ServiceError('not_found', `no assignee of ticket ${ticketId}`);
  if (!(await findTicket(ctx.db, ticketId))) throw new ServiceError('not_found', `no ticket ${ticketId}`);
  return ticketAssignee(ctx.db, ticketId);
}

async function ticketAssignee(db: Executor, ticketId: string): Promise<TicketAssigneeJson> {
  const a = (await assigneesOf(db, [ticketId]))[0];
  return {
    ticketId,
    assignee: a ? { userId: a.user_id, name: a.name, email: a.email, assignedAt: wireInstant(a.assigned_at) } : null,
  };
}

/** The email of each named ticket's assignee, when it has an active one. */
export async function assigneeEmails(db: Executor, ticketIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await assigneesOf(db, ticketIds);
  return new Map(rows.filter((r) => r.disabled_at === null).map((r) => [r.ticket_id, r.email]));
}
