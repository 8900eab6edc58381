import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueSignInTicket } from '../src/services/people/sign-in-ticket.js';
import { FAILURES_PER_EMAIL, SIGN_IN_WINDOW_MS } from '../src/services/people/sign-in-limit.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const T0 = Date.parse('2026-07-01T12:00:00Z');
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

/** A browser: keeps the session cookie it is given and sends the CSRF token with writes once it knows it. */
class Browser {
  cookie?: string;
  csrf?: string;
  constructor(private readonly app: () => Api) {}
  async call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, payload?: object, csrf = true) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = `surety_session=${this.cookie}`;
    if (csrf && this.csrf) headers['x-csrf-token'] = this.csrf;
    const r = await this.app().inject({ method, url, payload, headers });
    const set = r.cookies.find((c) => c.name === 'surety_session');
    if (set) this.cookie = set.value || undefined;
    if (r.statusCode === 201 && r.headers.location === '/session') this.csrf = r.json().csrfToken;
    return r;
  }
}

describe.each(backends)('people and sessions on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = T0;
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const admin = new Browser(() => app);
  const audit = async (action: string) =>
    (await store.db.selectFrom('audit_log').select(['entity', 'detail']).where('action', '=', action).execute()).map(
      (e) => ({ entity: e.entity, ...JSON.parse(e.detail) }),
    );

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('a fresh store offers setup once: the first admin is created and signed in with an HttpOnly, SameSite cookie', async () => {
    expect((await admin.call('GET', '/setup')).json()).toEqual({ needed: true });
    const weak = await admin.call('POST', '/setup', { email: 'ada@example.com', password: 'short', name: 'Ada' });
    expect([weak.statusCode, weak.json().field]).toEqual([422, '/password']);
    const r = await admin.call('POST', '/setup', {
      email: 'Ada@Example.com',
      password: 'correct horse battery',
      name: 'Ada',
    });
    expect(r.statusCode).toBe(201);
    const cookie = r.cookies.find((c) => c.name === 'surety_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy(); // served over plain http here
    expect(r.json()).toEqual({
      user: { id: expect.any(String), email: 'ada@example.com', name: 'Ada', role: 'admin', customerId: null },
      csrfToken: expect.any(String),
      expiresAt: '2026-07-08T12:00:00.000Z',
    });
    expect((await admin.call('GET', '/setup')).json()).toEqual({ needed: false });
    const again = await new Browser(() => app).call('POST', '/setup', {
      email: 'eve@example.com',
      password: 'correct horse battery',
      name: 'Eve',
    });
    expect(again.statusCode).toBe(409);
    const session = await admin.call('GET', '/session');
    expect(session.json()).toEqual(r.json());
    // The store keeps a hash of the session id, never the id itself.
    const stored = await store.db.selectFrom('sessions').select('id_hash').execute();
    expect(stored.map((s) => s.id_hash)).not.toContain(cookie.value);
    expect(stored).toHaveLength(1);
  });

  it('cookie-authenticated writes need the session CSRF token; reads do not', async () => {
    const without = await admin.call('POST', '/customers', { id: 'acme', name: 'Acme' }, false);
    expect(without.statusCode).toBe(403);
    const wrong = await app.inject({
      method: 'POST',
      url: '/customers',
      payload: { id: 'acme', name: 'Acme' },
      headers: { cookie: `surety_session=${admin.cookie}`, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await admin.call('GET', '/customers')).statusCode).toBe(200);
    for (const [id, name] of [
      ['acme', 'Acme'],
      ['globex', 'Globex'],
    ])
      expect((await admin.call('POST', '/customers', { id, name })).statusCode).toBe(201);
    expect((await admin.call('POST', '/contracts', { source: contract })).statusCode).toBe(201);
    for (const id of ['acme', 'globex'])
      expect((await admin.call('PUT', `/customers/${id}/contracts/plain`, {})).statusCode).toBeLessThan(300);
    expect(
      (await admin.call('POST', '/tickets', { id: 'G-1', customerId: 'globex', contractId: 'plain', severity: 'S1' }))
        .statusCode,
    ).toBe(201);
    const forged = await app.inject({ method: 'GET', url: '/customers', headers: { cookie: 'surety_session=forged' } });
    expect(forged.statusCode).toBe(401);
  });

  it('an invited customer contact signs in and never reaches another customer through its session', async () => {
    const invited = await admin.call('POST', '/invitations', {
      email: 'carol@acme.example',
      role: 'customer',
      customerId: 'acme',
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.headers.location).toBe(`/invitations/${invited.json().id}`);
    const token = new URL(invited.json().acceptPath, 'http://x').searchParams.get('token')!;
    // The invitee is emailed the same link through the outbox, written with the invitation.
    const emails = await store.db
      .selectFrom('outbox_messages')
      .select(['recipient', 'kind', 'text_body'])
      .where('kind', '=', 'invitation')
      .execute();
    expect(emails).toEqual([{ recipient: 'carol@acme.example', kind: 'invitation', text_body: expect.any(String) }]);
    expect(emails[0]!.text_body).toContain(`http://localhost:80/accept-invitation?token=${token}`);
    const carol = new Browser(() => app);
    const accepted = await carol.call('POST', '/invitations/accept', {
      token,
      name: 'Carol',
      password: 'carol has a long one',
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user).toMatchObject({ role: 'customer', customerId: 'acme', email: 'carol@acme.example' });
    const reused = await new Browser(() => app).call('POST', '/invitations/accept', {
      token,
      name: 'Mallory',
      password: 'mallory has one too',
    });
    expect(reused.statusCode).toBe(404);

    expect((await carol.call('GET', '/customers')).json().items.map((c: { id: string }) => c.id)).toEqual(['acme']);
    expect((await carol.call('GET', '/customers/acme')).statusCode).toBe(200);
    for (const url of ['/customers/globex', '/tickets/G-1', '/customers/globex/contacts'])
      expect([url, (await carol.call('GET', url)).statusCode]).toEqual([url, 404]);
    const opened = await carol.call('POST', '/tickets', {
      id: 'G-2',
      customerId: 'globex',
      contractId: 'plain',
      severity: 'S1',
    });
    expect(opened.statusCode).toBe(404);
    for (const [method, url] of [
      ['GET', '/users'],
      ['GET', '/tokens'],
      ['POST', '/invitations'],
    ] as const)
      expect([url, (await carol.call(method, url, { email: 'x@y.example', role: 'admin' })).statusCode]).toEqual([
        url,
        403,
      ]);
    // Moved to another customer by an admin: the old session ends, so nothing of the old grant lingers.
    await admin.call('PATCH', `/users/${accepted.json().user.id}`, { customerId: 'globex' });
    expect((await carol.call('GET', '/customers/acme')).statusCode).toBe(401);
  });

  it('sign-in is rate limited per email, refusals are audited alike, and the limit lifts after its window', async () => {
    const bob = new Browser(() => app);
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) {
      const r = await bob.call('POST', '/session', { email: 'ada@example.com', password: `guess ${i}` });
      expect(r.statusCode).toBe(401);
    }
    const unknown = await bob.call('POST', '/session', { email: 'nobody@example.com', password: 'guess' });
    expect(unknown.json().detail).toBe('the email or the password is wrong');
    const limited = await bob.call('POST', '/session', { email: 'ADA@example.com', password: 'correct horse battery' });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBe(SIGN_IN_WINDOW_MS / 1000);
    const refusals = await audit('session.sign_in_refused');
    expect(refusals.map((r) => r.reason)).toEqual([
      ...Array(FAILURES_PER_EMAIL).fill('wrong_password'),
      'unknown_email',
      'rate_limited',
    ]);
    expect(refusals[0]).toMatchObject({ entity: 'email:ada@example.com', ip: '127.0.0.1' });
    clock += SIGN_IN_WINDOW_MS;
    const later = await bob.call('POST', '/session', { email: 'ada@example.com', password: 'correct horse battery' });
    expect(later.statusCode).toBe(201);
    expect((await audit('session.signed_in')).map((s) => s.method)).toEqual(['setup', 'invitation', 'password']);
  });

  it('signing out ends the session for good; bearer tokens keep working beside sessions', async () => {
    const bob = new Browser(() => app);
    await bob.call('POST', '/session', { email: 'ada@example.com', password: 'correct horse battery' });
    const cookie = bob.cookie;
    expect((await bob.call('DELETE', '/session')).statusCode).toBe(204);
    expect(bob.cookie).toBeUndefined();
    const replayed = await app.inject({
      method: 'GET',
      url: '/session',
      headers: { cookie: `surety_session=${cookie}` },
    });
    expect(replayed.statusCode).toBe(401);
    const token = await admin.call('POST', '/tokens', { role: 'agent', label: 'machine' });
    expect(token.statusCode).toBe(201);
    const asMachine = await app.inject({
      method: 'GET',
      url: '/customers',
      headers: { authorization: `Bearer ${token.json().token}` },
    });
    expect(asMachine.statusCode).toBe(200);
    // An agent lists the provider's people (to assign a request to one); it still cannot invite or change them.
    const asAgent = (method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({ method, url, payload, headers: { authorization: `Bearer ${token.json().token}` } });
    const people = await asAgent('GET', '/users');
    expect(people.statusCode).toBe(200);
    expect(people.json().items.map((u: { email: string }) => u.email)).toContain('ada@example.com');
    expect((await asAgent('POST', '/invitations', { email: 'x@y.example', role: 'admin' })).statusCode).toBe(403);
  });

  it('a one-time sign-in link works once', async () => {
    const users = (await admin.call('GET', '/users')).json().items as { id: string; email: string }[];
    const path = await issueSignInTicket(context(), users.find((u) => u.email === 'ada@example.com')!.id);
    const ticket = new URL(path, 'http://x').searchParams.get('ticket')!;
    expect(path).toMatch(/^\/sign-in\?ticket=/);
    const first = await new Browser(() => app).call('POST', '/session/ticket', { ticket });
    expect(first.statusCode).toBe(201);
    const second = await new Browser(() => app).call('POST', '/session/ticket', { ticket });
    expect(second.statusCode).toBe(401);
  });
});
