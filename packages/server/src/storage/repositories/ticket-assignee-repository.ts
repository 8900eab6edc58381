import type { Executor } from './executor.js';

export interface TicketAssignee {
  ticket_id: string;
  user_id: string;
  assigned_at: number;
  email: string;
  name: string;
  disabled_at: number | null;
}

/** The assignees of the named tickets, with each user's email. */
export async function assigneesOf(db: Executor, ticketIds: readonly string[]): Promise<TicketAssignee[]> {
  if (!ticketIds.length) return [];
  return db
    .selectFrom('ticket_assignees as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.ticket_id', 'a.user_id', 'a.assigned_at', 'u.email', 'u.name', 'u.disabled_at'])
    .where('a.ticket_id', 'in', [...ticketIds])
    .execute();
}

/** Assigns a ticket to a user, or unassigns it (`userId` null). */
export async function setTicketAssignee(
  db: Executor,
  ticketId: string,
  userId: string | null,
  now: number,
): Promise<void> {
  await db.deleteFrom('ticket_assignees').where('ticket_id', '=', ticketId).execute();
  if (userId !== null)
    await db
      .insertInto('ticket_assignees')
      .values({ ticket_id: ticketId, user_id: userId, assigned_at: now })
      .execute();
}
