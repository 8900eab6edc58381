import { closeInvitation, findInvitation, listInvitations } from '../../storage/repositories/invitation-repository.js';
import { endSessionsOfUser } from '../../storage/repositories/session-repository.js';
import { findUser, listUsers, updateUser } from '../../storage/repositories/user-repository.js';
import { recordAudit } from '../audit/log.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type Role, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { invitationJson, userDetailJson } from './people-json.js';
import type { InvitationJson, UserDetailJson } from './people-schemas.js';

/** Users by email, for the provider's staff. */
export async function listUsersPage(
  ctx: ServiceContext,
  page: { cursor?: string; limit: number },
): Promise<Page<UserDetailJson>> {
  // The provider's staff see who works with them (to assign a request, to read a notice group); customers do not.
  if (ctx.principal.role === 'customer') throw new ServiceError('forbidden', "the provider's users are its own");
  const after = decodeCursor<[string]>(page.cursor, ['string']);
  const rows = await listUsers(ctx.db, { after: after?.[0], limit: page.limit + 1 });
  return pageOf(rows, page.limit, userDetailJson, (r) => [r.email]);
}

/**
 * An admin renames a user, changes their role, or disables them. A change of role or a disabling ends the user's
 * sessions: what they may see is decided when they sign in again.
 */
export async function changeUser(
  ctx: ServiceContext,
  id: string,
  change: { name?: string; role?: Role; customerId?: string | null; disabled?: boolean },
): Promise<UserDetailJson> {
  requireAdmin(ctx);
  return writeTransaction(ctx, async (trx) => {
    const user = await findUser(trx, id);
    if (!user) throw new ServiceError('not_found', `no user ${id}`);
    const role = change.role ?? user.role;
    const customerId =
      change.customerId !== undefined ? change.customerId : role === 'customer' ? user.customer_id : null;
    if ((role === 'customer') !== (customerId !== null))
      throw new ServiceError(
        'invalid',
        'a customer contact names its customer, and only a customer contact does',
        'customerId',
      );
    const disabledAt =
      change.disabled === undefined ? user.disabled_at : change.disabled ? (user.disabled_at ?? ctx.now()) : null;
    const next = { ...user, name: change.name ?? user.name, role, customer_id: customerId, disabled_at: disabledAt };
    await updateUser(trx, id, { name: next.name, role, customer_id: customerId, disabled_at: disabledAt });
    if (role !== user.role || customerId !== user.customer_id || (disabledAt !== null && user.disabled_at === null))
      await endSessionsOfUser(trx, id, ctx.now());
    await recordAudit(trx, ctx, 'user.changed', `user:${id}`, {
      name: next.name,
      role,
      customerId,
      disabled: disabledAt !== null,
    });
    return userDetailJson(next);
  });
}

/** Invitations newest first, accepted and revoked ones included (admins only). */
export async function listInvitationsPage(
  ctx: ServiceContext,
  page: { cursor?: string; limit: number },
): Promise<Page<InvitationJson>> {
  requireAdmin(ctx);
  const after = decodeCursor<[number, string]>(page.cursor, ['number', 'string']);
  const rows = await listInvitations(ctx.db, {
    after: after && { createdAt: after[0], id: after[1] },
    limit: page.limit + 1,
  });
  return pageOf(rows, page.limit, invitationJson, (r) => [r.created_at, r.id]);
}

/** One invitation, accepted or revoked or not (admins only; never its link). */
export async function getInvitation(ctx: ServiceContext, id: string): Promise<InvitationJson> {
  requireAdmin(ctx);
  const row = await findInvitation(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no invitation ${id}`);
  return invitationJson(row);
}

export async function revokeInvitation(ctx: ServiceContext, id: string): Promise<void> {
  requireAdmin(ctx);
  await writeTransaction(ctx, async (trx) => {
    if (!(await closeInvitation(trx, id, { revoked_at: ctx.now() })))
      throw new ServiceError('not_found', `no open invitation ${id}`);
    await recordAudit(trx, ctx, 'invitation.revoked', `invitation:${id}`, {});
  });
}
