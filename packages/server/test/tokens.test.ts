import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { ensureAdminToken, issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal } from '../src/services/core/service-context.js';
import { TOKEN_CACHE_MS } from '../src/services/tokens/token-cache.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, type TestStore, skipped } from './databases.js';

const T0 = Date.parse('2026-07-01T12:00:00.000Z');

describe.each(backends)('API tokens on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  // The admin token is issued a minute before the others, so that the order of issue is not a tie.
  let clock = T0 - 60_000;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM) => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    clock = T0;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('an expired token is refused like a revoked one', async () => {
    const issued = await ok('admin', 'POST', '/tokens', {
      role: 'customer',
      customerId: 'acme',
      label: 'contractor',
      expiresAt: '2026-07-01T13:00:00.000Z',
    });
    tokens.contractor = issued.token;
    clock = T0 + 59 * 60_000;
    expect((await call('contractor', 'GET', '/customers/acme')).statusCode).toBe(200);
    clock = T0 + 60 * 60_000;
    const expired = await call('contractor', 'GET', '/customers/acme');
    tokens.nobody = 'sur_0123456789ab_unknown';
    const unknown = await call('nobody', 'GET', '/customers/acme');
    expect([expired.statusCode, expired.json().detail]).toEqual([401, unknown.json().detail]);
    const past = await call('admin', 'POST', '/tokens', {
      role: 'agent',
      label: 'late',
      expiresAt: '2026-07-01T12:00:00.000Z',
    });
    expect([past.statusCode, past.json().field]).toEqual([422, '/expiresAt']);
    const issuedLog = await store.db
      .selectFrom('audit_log')
      .select('detail')
      .where('entity', '=', `token:${issued.id}`)
      .execute();
    expect(issuedLog.map((e) => JSON.parse(e.detail).expiresAt)).toEqual(['2026-07-01T13:00:00.000Z']);
  });

  it('lists tokens in the order they were issued, for admins only, without their hashes', async () => {
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'agent' })).token;
    const agentId = tokens.agent.split('_')[1]!;
    await ok('admin', 'DELETE', `/tokens/${agentId}`);
    const first = await ok('admin', 'GET', '/tokens?limit=2');
    const rest = await ok('admin', 'GET', `/tokens?limit=2&cursor=${first.next}`);
    expect(rest.next).toBeNull();
    const items = [...first.items, ...rest.items];
    expect(items.map((t: { label: string }) => t.label)).toEqual(['admin', 'contractor', 'agent']);
    expect(items[1]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{12}$/),
      role: 'customer',
      customerId: 'acme',
      label: 'contractor',
      createdAt: '2026-07-01T12:00:00.000Z',
      expiresAt: '2026-07-01T13:00:00.000Z',
      revokedAt: null,
    });
    expect(items[2]).toMatchObject({ id: agentId, revokedAt: '2026-07-01T13:00:00.000Z' });
    const hashes = await store.db.selectFrom('api_tokens').select('hash').execute();
    for (const { hash } of hashes) expect(JSON.stringify(items)).not.toContain(hash);
    tokens.auditor = (await issueToken(context(), { role: 'auditor', label: 'auditor' })).token;
    expect((await call('auditor', 'GET', '/tokens')).statusCode).toBe(403);
  });

  it('refuses a revoked token at once, though it was just used; another server on the database within TOKEN_CACHE_MS', async () => {
    // Another server process on the same PostgreSQL database, stood in for by a second store and app (SQLite has one).
    const other = backend === 'postgres' ? await store.another() : undefined;
    const otherApp = other && (await buildApp({ context: (principal = SYSTEM) => other.context(principal) }));
    try {
      const issued = await ok('admin', 'POST', '/tokens', { role: 'agent', label: 'revoked soon' });
      tokens.soon = issued.token;
      const get = (a: Api) =>
        a.inject({ method: 'GET', url: '/customers/acme', headers: { authorization: `Bearer ${issued.token}` } });
      // Both servers have just read it.
      expect((await get(app)).statusCode).toBe(200);
      if (otherApp) expect((await get(otherApp)).statusCode).toBe(200);
      await ok('admin', 'DELETE', `/tokens/${issued.id}`);
      expect((await get(app)).statusCode).toBe(401);
      clock += TOKEN_CACHE_MS;
      if (otherApp) expect((await get(otherApp)).statusCode).toBe(401);
    } finally {
      await otherApp?.close();
      await other?.close();
    }
  });

  it('issues a new admin token on start when every admin token has expired', async () => {
    await issueToken(context(), { role: 'admin', label: 'temporary admin', expiresAt: clock + 60_000 });
    await ok('admin', 'DELETE', `/tokens/${tokens.admin!.split('_')[1]}`);
    // One admin token left, still valid: none is issued.
    expect(await ensureAdminToken(context())).toBeUndefined();
    clock += 60_000;
    tokens.fresh = (await ensureAdminToken(context()))!;
    expect((await call('fresh', 'GET', '/tokens')).statusCode).toBe(200);
  });
});
