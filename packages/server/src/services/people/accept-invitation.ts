import { closeInvitation, findInvitationByToken } from '../../storage/repositories/invitation-repository.js';
import { findUserByEmail, insertUser } from '../../storage/repositories/user-repository.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { hashPassword } from './passwords.js';
import { digest, newId } from './secrets.js';
import { startSession, type StartedSession } from './start-session.js';

/**
 * The invitee sets a name and password: the user is created with the invitation's email and role and signed in.
 * An invitation is accepted once; an expired, revoked or used link is refused alike.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  input: { token: string; name: string; password: string; ip: string },
): Promise<StartedSession> {
  const invalid = () =>
    new ServiceError('not_found', 'this invitation link is unknown, used, revoked or expired', 'token');
  const invitation = await findInvitationByToken(ctx.db, digest(input.token));
  if (
    !invitation ||
    invitation.accepted_at !== null ||
    invitation.revoked_at !== null ||
    invitation.expires_at <= ctx.now()
  )
    throw invalid();
  if (await findUserByEmail(ctx.db, invitation.email))
    throw new ServiceError('conflict', `${invitation.email} has an account already`, 'token');
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(ctx, async (trx) => {
    if (!(await closeInvitation(trx, invitation.id, { accepted_at: ctx.now() }))) throw invalid();
    const user = {
      id: newId(),
      email: invitation.email,
      name: input.name,
      password_hash: passwordHash,
      role: invitation.role,
      customer_id: invitation.customer_id,
      created_at: ctx.now(),
      disabled_at: null,
    };
    await insertUser(trx, user);
    return startSession(trx, ctx, user, { method: 'invitation', ip: input.ip });
  });
}
