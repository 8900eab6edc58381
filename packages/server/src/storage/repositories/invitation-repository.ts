import type { InvitationTable, SignInTicketTable } from '../people-tables.js';
import type { Executor } from './executor.js';

export type InvitationRow = InvitationTable;
export type SignInTicketRow = SignInTicketTable;

export async function insertInvitation(db: Executor, row: InvitationRow): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

export async function findInvitation(db: Executor, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findInvitationByToken(db: Executor, tokenHash: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Takes an open invitation: false when it was accepted or revoked meanwhile (one acceptance only). */
export async function closeInvitation(
  db: Executor,
  id: string,
  change: { accepted_at: number } | { revoked_at: number },
): Promise<boolean> {
  const r = await db
    .updateTable('invitations')
    .set(change)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Invitations newest first, after the previous page's last. */
export async function listInvitations(
  db: Executor,
  page: { after?: { createdAt: number; id: string }; limit: number },
): Promise<InvitationRow[]> {
  let q = db
    .selectFrom('invitations')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit);
  const after = page.after;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  return q.execute();
}

export async function insertSignInTicket(db: Executor, row: SignInTicketRow): Promise<void> {
  await db.insertInto('sign_in_tickets').values(row).execute();
}

/** Uses a ticket once: its user, or undefined when unknown, used or expired. */
export async function useSignInTicket(db: Executor, tokenHash: string, at: number): Promise<string | undefined> {
  const r = await db
    .updateTable('sign_in_tickets')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .returning('user_id')
    .executeTakeFirst();
  return r?.user_id;
}
