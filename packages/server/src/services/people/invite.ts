import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { insertInvitation, type InvitationRow } from '../../storage/repositories/invitation-repository.js';
import { findUserByEmail } from '../../storage/repositories/user-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { recordAudit } from '../audit/log.js';
import { shownOnce } from '../core/idempotency.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type Role, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { invitationJson } from './people-json.js';
import type { InvitationJson } from './people-schemas.js';
import { digest, newId, newSecret } from './secrets.js';

/** An invitation link works for a week. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600_000;

export const acceptPath = (token: string) => `/accept-invitation?token=${token}`;

/**
 * An admin invites a person by email, with a role (and the customer a customer contact belongs to): a one-time
 * link the invitee opens to choose a password. The link is answered to the admin once and kept only as a hash;
 * `deliverInvitation` hands the message on.
 */
export async function invite(
  ctx: ServiceContext,
  input: { email: string; role: Role; customerId?: string },
): Promise<InvitationJson & { acceptPath: string }> {
  requireAdmin(ctx);
  const email = input.email.trim().toLowerCase();
  if ((input.role === 'customer') !== (input.customerId !== undefined))
    throw new ServiceError(
      'invalid',
      'a customer contact names its customer, and only a customer contact does',
      'customerId',
    );
  if (input.customerId !== undefined && !(await findCustomer(ctx.db, input.customerId)))
    throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
  if (await findUserByEmail(ctx.db, email))
    throw new ServiceError('conflict', `${email} has an account already`, 'email');
  const token = newSecret();
  return writeTransaction(ctx, async (trx) => {
    const row: InvitationRow = {
      id: newId(),
      token_hash: digest(token),
      email,
      role: input.role,
      customer_id: input.customerId ?? null,
      created_at: ctx.now(),
      created_by: ctx.principal.actor,
      expires_at: ctx.now() + INVITATION_LIFETIME_MS,
      accepted_at: null,
      revoked_at: null,
    };
    await insertInvitation(trx, row);
    await deliverInvitation(trx, row, acceptPath(token));
    await recordAudit(trx, ctx, 'invitation.created', `invitation:${row.id}`, {
      email,
      role: row.role,
      customerId: row.customer_id,
    });
    return shownOnce({ ...invitationJson(row), acceptPath: acceptPath(token) }, 'acceptPath');
  });
}

/**
 * Where the invitation message goes out, in the invitation's transaction. Until the outbox is on this server the
 * link reaches the invitee through the admin, who is answered it once (the invitation row is the record).
 */
async function deliverInvitation(_trx: Executor, _row: InvitationRow, _path: string): Promise<void> {}
