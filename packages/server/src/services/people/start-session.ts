import { insertSession } from '../../storage/repositories/session-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import type { UserRow } from '../../storage/repositories/user-repository.js';
import { recordAudit } from '../audit/log.js';
import type { ServiceContext } from '../core/service-context.js';
import { userJson } from './people-json.js';
import type { SessionJson } from './people-schemas.js';
import { digest, newSecret } from './secrets.js';

/** A session lasts a working week; signing in again starts a new one. */
export const SESSION_LIFETIME_MS = 7 * 24 * 3600_000;

/** How the person proved who they are, as the audit log records it. */
export type SignInMethod = 'password' | 'setup' | 'invitation' | 'ticket';

export interface StartedSession {
  /** The cookie's value: shown to the browser only, stored as its hash. */
  sessionId: string;
  session: SessionJson;
}

/** Opens a session for a user inside the caller's transaction and audits the sign-in. */
export async function startSession(
  trx: Executor,
  ctx: ServiceContext,
  user: UserRow,
  how: { method: SignInMethod; ip: string },
): Promise<StartedSession> {
  const sessionId = newSecret();
  const csrfToken = newSecret();
  const expiresAt = ctx.now() + SESSION_LIFETIME_MS;
  await insertSession(trx, {
    id_hash: digest(sessionId),
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: ctx.now(),
    expires_at: expiresAt,
    ended_at: null,
  });
  await recordAudit(
    trx,
    { ...ctx, principal: { ...ctx.principal, actor: userActor(user) } },
    'session.signed_in',
    `user:${user.id}`,
    {
      method: how.method,
      ip: how.ip,
    },
  );
  return { sessionId, session: { user: userJson(user), csrfToken, expiresAt: new Date(expiresAt).toISOString() } };
}

/** How a signed-in person appears in the audit log and on every record they make. */
export const userActor = (user: Pick<UserRow, 'id' | 'email'>) => `user:${user.id} (${user.email})`;
