import { endSession } from '../../storage/repositories/session-repository.js';
import { recordAudit } from '../audit/log.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { liveSession } from './authenticate-request.js';
import { userJson } from './people-json.js';
import type { SessionJson } from './people-schemas.js';
import { digest } from './secrets.js';

/** The session a browser's cookie names: who is signed in and the CSRF token for its writes. */
export async function currentSession(ctx: ServiceContext, sessionId: string | undefined): Promise<SessionJson> {
  const { session, user } = await liveSession(ctx, sessionId ?? '');
  return { user: userJson(user), csrfToken: session.csrf_token, expiresAt: new Date(session.expires_at).toISOString() };
}

/** Signs out: the session ends for good (a copy of the cookie no longer works). */
export async function signOut(ctx: ServiceContext, sessionId: string | undefined): Promise<void> {
  const { user } = await liveSession(ctx, sessionId ?? '');
  await writeTransaction(ctx, async (trx) => {
    if (await endSession(trx, digest(sessionId!), ctx.now()))
      await recordAudit(trx, ctx, 'session.signed_out', `user:${user.id}`, {});
  });
}
