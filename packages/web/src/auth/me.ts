import type { paths } from '@surety/client';
import { api, ok } from '../api/client';
import { credentials } from './credentials';

export type Role = 'admin' | 'agent' | 'auditor' | 'customer';

/** The person (or token) the app is signed in as. */
export interface Me {
  /** The signed-in user's id; null for an API token, which names no person. */
  userId: string | null;
  name: string;
  email: string | null;
  role: Role;
  customerId: string | null;
}

type Session = paths['/session']['get']['responses'][200]['content']['application/json'];
type SetupBody = paths['/setup']['post']['requestBody']['content']['application/json'];
type SignInBody = paths['/session']['post']['requestBody']['content']['application/json'];

function fromSession(session: Session): Me {
  credentials.useSession(session.csrfToken);
  const { id, name, email, role, customerId } = session.user;
  return { userId: id, name, email, role, customerId };
}

/** Whether the server still needs its first admin. */
export async function setupNeeded(): Promise<boolean> {
  const answer = await api.GET('/setup');
  return answer.response.ok && answer.data?.needed === true;
}

export async function createFirstAdmin(body: SetupBody): Promise<Me> {
  return fromSession(ok(await api.POST('/setup', { body })));
}

export async function signIn(body: SignInBody): Promise<Me> {
  return fromSession(ok(await api.POST('/session', { body })));
}

/** Signs in with a one-time link's ticket (`surety demo` prints them). */
export async function signInWithTicket(ticket: string): Promise<Me> {
  return fromSession(ok(await api.POST('/session/ticket', { body: { ticket } })));
}

/** Accepts an invitation (its one-time token): the account is created and signed in. */
export async function acceptInvitation(token: string, name: string, password: string): Promise<Me> {
  return fromSession(ok(await api.POST('/invitations/accept', { body: { token, name, password } })));
}

export async function signOut(): Promise<void> {
  if (credentials.current()?.kind === 'session') await api.DELETE('/session').catch(() => undefined);
  credentials.forget();
}

/** Who is signed in: the browser session, else the API token held for this tab, else nobody. */
export async function whoAmI(): Promise<Me | null> {
  const held = credentials.current();
  if (held?.kind !== 'token') {
    const session = await api.GET('/session');
    return session.response.ok && session.data ? fromSession(session.data) : null;
  }
  return tokenHolder();
}

/**
 * An API token names no person: its role is read from what it may do (tokens are admin-only, the audit log is for
 * admins and auditors, and a customer contact's token sees exactly its own customer).
 */
async function tokenHolder(): Promise<Me | null> {
  const customers = await api.GET('/customers', { params: { query: { limit: 2 } } });
  if (customers.response.status === 401) {
    credentials.forget();
    return null;
  }
  const tokens = await api.GET('/tokens', { params: { query: { limit: 1 } } });
  const audit = tokens.response.ok ? null : await api.GET('/audit', { params: { query: { limit: 1 } } });
  const own = customers.data?.items ?? [];
  const role: Role = tokens.response.ok
    ? 'admin'
    : audit?.response.ok
      ? 'auditor'
      : own.length === 1 && customers.data?.next === null
        ? 'customer'
        : 'agent';
  return {
    userId: null,
    name: `API token (${role})`,
    email: null,
    role,
    customerId: role === 'customer' ? (own[0]?.id ?? null) : null,
  };
}
