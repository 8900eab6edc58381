import { findUserByEmail } from '../../storage/repositories/user-repository.js';
import { recordAudit } from '../audit/log.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { verifyPassword } from './passwords.js';
import { checkSignInLimit, countSignInFailure } from './sign-in-limit.js';
import { startSession, type StartedSession } from './start-session.js';

/**
 * Signs in with email and password. A wrong password, an unknown email and a disabled user are refused alike
 * (nothing says which), counted by the rate limit and audited; so is a refusal by the rate limit itself.
 */
export async function signIn(
  ctx: ServiceContext,
  input: { email: string; password: string; ip: string },
): Promise<StartedSession> {
  const email = input.email.trim().toLowerCase();
  try {
    await checkSignInLimit(ctx.db, email, input.ip, ctx.now());
  } catch (error) {
    await writeTransaction(ctx, (trx) =>
      recordAudit(trx, ctx, 'session.sign_in_refused', `email:${email}`, { reason: 'rate_limited', ip: input.ip }),
    );
    throw error;
  }
  const user = await findUserByEmail(ctx.db, email);
  const matches = await verifyPassword(user?.password_hash, input.password);
  if (!user || !matches || user.disabled_at !== null) {
    await writeTransaction(ctx, async (trx) => {
      await countSignInFailure(trx, email, input.ip, ctx.now());
      const reason = !user ? 'unknown_email' : !matches ? 'wrong_password' : 'disabled';
      await recordAudit(trx, ctx, 'session.sign_in_refused', `email:${email}`, { reason, ip: input.ip });
    });
    throw new ServiceError('unauthorized', 'the email or the password is wrong');
  }
  return writeTransaction(ctx, (trx) => startSession(trx, ctx, user, { method: 'password', ip: input.ip }));
}
