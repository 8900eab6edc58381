import { insertSignInTicket, useSignInTicket } from '../../storage/repositories/invitation-repository.js';
import { findUser } from '../../storage/repositories/user-repository.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { digest, newSecret } from './secrets.js';
import { startSession, type StartedSession } from './start-session.js';

/** A sign-in link works once, within a day. */
export const TICKET_LIFETIME_MS = 24 * 3600_000;

/** A one-time sign-in link for a user (`surety demo` prints them): `/sign-in?ticket=…`. */
export async function issueSignInTicket(ctx: ServiceContext, userId: string): Promise<string> {
  requireAdmin(ctx);
  const ticket = newSecret();
  await writeTransaction(ctx, (trx) =>
    insertSignInTicket(trx, {
      token_hash: digest(ticket),
      user_id: userId,
      created_at: ctx.now(),
      expires_at: ctx.now() + TICKET_LIFETIME_MS,
      used_at: null,
    }),
  );
  return `/sign-in?ticket=${ticket}`;
}

/** Signs in with a ticket, which is used up: a second use, or a stale one, is refused. */
export async function redeemSignInTicket(
  ctx: ServiceContext,
  input: { ticket: string; ip: string },
): Promise<StartedSession> {
  const refused = () => new ServiceError('unauthorized', 'this sign-in link is unknown, used or expired');
  return writeTransaction(ctx, async (trx) => {
    const userId = await useSignInTicket(trx, digest(input.ticket), ctx.now());
    const user = userId === undefined ? undefined : await findUser(trx, userId);
    if (!user || user.disabled_at !== null) throw refused();
    return startSession(trx, ctx, user, { method: 'ticket', ip: input.ip });
  });
}
