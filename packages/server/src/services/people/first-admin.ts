import { countUsers, insertUser, markFirstAdmin } from '../../storage/repositories/user-repository.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { hashPassword } from './passwords.js';
import { newId } from './secrets.js';
import { startSession, type StartedSession } from './start-session.js';

/** A fresh store has no one to sign in: the first visit offers to create the first admin. */
export async function setupNeeded(ctx: ServiceContext): Promise<boolean> {
  return (await countUsers(ctx.db)) === 0;
}

/**
 * Creates the first admin and signs them in, once per store: a second setup (even a racing one in another process)
 * is refused with a conflict.
 */
export async function createFirstAdmin(
  ctx: ServiceContext,
  input: { email: string; password: string; name: string; ip: string },
): Promise<StartedSession> {
  const refused = () =>
    new ServiceError('conflict', 'this server is set up already: sign in, or ask an admin for an invitation');
  if (!(await setupNeeded(ctx))) throw refused();
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(ctx, async (trx) => {
    const user = {
      id: newId(),
      email: input.email.trim().toLowerCase(),
      name: input.name,
      password_hash: passwordHash,
      role: 'admin' as const,
      customer_id: null,
      created_at: ctx.now(),
      disabled_at: null,
    };
    await insertUser(trx, user);
    if (!(await markFirstAdmin(trx, user.id, ctx.now()))) throw refused();
    return startSession(trx, ctx, user, { method: 'setup', ip: input.ip });
  });
}
