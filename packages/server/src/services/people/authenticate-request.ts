import { timingSafeEqual } from 'node:crypto';
import { findSessionWithUser, type SessionRow } from '../../storage/repositories/session-repository.js';
import type { UserRow } from '../../storage/repositories/user-repository.js';
import { ServiceError, type Principal, type ServiceContext } from '../core/service-context.js';
import { authenticate } from '../tokens/api-tokens.js';
import { digest } from './secrets.js';
import { userActor } from './start-session.js';

/** The cookie that carries a browser's session id. */
export const SESSION_COOKIE = 'surety_session';

export interface RequestCredentials {
  method: string;
  /** The Authorization header: a bearer token (machines). */
  authorization?: string;
  /** The session cookie's value (browsers). */
  sessionId?: string;
  /** The X-CSRF-Token header. */
  csrfToken?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who makes a request: a bearer token when one is presented, else the session cookie. A write made with the
 * cookie must carry the session's CSRF token in X-CSRF-Token: another site can make a browser send the cookie,
 * but cannot read the token.
 */
export async function authenticateRequest(
  ctx: Omit<ServiceContext, 'principal'>,
  credentials: RequestCredentials,
): Promise<Principal> {
  if (credentials.authorization !== undefined || credentials.sessionId === undefined)
    return authenticate(ctx, credentials.authorization);
  const { session, user } = await liveSession(ctx, credentials.sessionId);
  if (!SAFE_METHODS.has(credentials.method) && !sameSecret(credentials.csrfToken, session.csrf_token))
    throw new ServiceError('forbidden', 'a write with the session cookie needs the X-CSRF-Token header of the session');
  return principalOf(user);
}

/** The session a cookie names, while it lasts and its user may sign in; refused alike otherwise. */
export async function liveSession(
  ctx: Omit<ServiceContext, 'principal'>,
  sessionId: string,
): Promise<{ session: SessionRow; user: UserRow }> {
  const found = await findSessionWithUser(ctx.db, digest(sessionId));
  if (
    !found ||
    found.session.ended_at !== null ||
    found.session.expires_at <= ctx.now() ||
    found.user.disabled_at !== null
  )
    throw new ServiceError('unauthorized', 'sign in, or present a valid bearer token');
  return found;
}

export function principalOf(user: UserRow): Principal {
  return { actor: userActor(user), role: user.role, customerId: user.customer_id ?? undefined };
}

function sameSecret(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whoever calls a public route (sign-in, setup): the least a principal can be, a customer contact of no customer,
 * so that a service reached by mistake shows it nothing.
 */
export const ANONYMOUS: Principal = { actor: 'anonymous', role: 'customer' };
