import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// A 24x7 UTC contract, 99.9% a month; an outage is 10% of users or more for 60 s or more.
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

describe.each(backends)("a customer's private status page on %s", (backend) => {
  let store: TestStore;
  let app: Api;
  const clock = Date.parse('2026-07-11T00:00:00Z');
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const tokens: Record<string, string> = {};
  const call = (who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });
  let path = '';

  beforeAll(async () => {
    if (skipped(backend)) return;
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    for (const [id, name] of [
      ['acme', 'Acme Retail'],
      ['globex', 'Globex'],
    ] as const) {
      expect((await call('admin', 'POST', '/customers', { id, name })).statusCode).toBe(201);
      tokens[id] = (await issueToken(context(), { role: 'customer', customerId: id, label: id })).token;
    }
    await call('admin', 'POST', '/contracts', { source: contract });
    await call('admin', 'PUT', '/customers/acme/contracts/plain', {});
    await call('admin', 'POST', '/services', { id: 'voice', name: 'Voice' });
    await call('admin', 'POST', '/services/voice/components', { id: 'api', name: 'REST API' });
    // 10 July, 14 min 24 s down: 0.1% of the 10 days of July so far, so 99.9% exactly (a target met, not missed).
    await call('admin', 'POST', '/incidents', {
      title: 'API down',
      text: 'API down',
      start: '2026-07-10T10:00:00Z',
      end: '2026-07-10T10:14:24Z',
      fraction: 1,
      components: [{ serviceId: 'voice', componentId: null }],
    });
    for (const [customerId, reason] of [
      ['acme', 'Acme database move'],
      ['globex', 'Globex storage move'],
    ] as const)
      await call('admin', 'POST', '/maintenance', {
        customerId,
        start: '2026-07-20T02:00:00Z',
        end: '2026-07-20T03:00:00Z',
        reason,
        noticeAt: '2026-07-01T00:00:00Z',
      });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it.skipIf(skipped(backend))('staff make a secret link; it opens the page without signing in', async () => {
    expect((await call('acme', 'POST', '/customers/acme/status-links')).statusCode).toBe(403);
    const made = await call('admin', 'POST', '/customers/acme/status-links');
    expect(made.statusCode).toBe(201);
    path = made.json().path;
    expect(path).toMatch(/^\/status\/private\/[\w-]{32}$/);
    const page = await call(null, 'GET', path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const html = page.body;
    expect(html).toContain('<h1>Acme Retail: service status</h1>');
    // 14 min 24 s of 10 days is 0.1%: 99.9% of the month so far, against the contract's own 99.9%.
    expect(html).toMatch(/Your uptime in 2026-07 so far: <strong>99\.9\d*%<\/strong> against a target of 99\.9%/);
    expect(html).toContain('REST API');
    expect(html).toContain('Acme database move');
    expect(html).not.toContain('Globex storage move');
    // The list shows the link without its token.
    const listed = (await call('acme', 'GET', '/customers/acme/status-links')).json().items;
    expect(listed).toEqual([expect.objectContaining({ customerId: 'acme', revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(path.split('/').pop());
  });

  it.skipIf(skipped(backend))('signed in, a contact reads its own page and no other customer’s', async () => {
    const own = await call('acme', 'GET', '/customers/acme/status-page');
    expect([own.statusCode, own.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(own.body).toContain('Plain SLA');
    expect((await call('globex', 'GET', '/customers/acme/status-page')).statusCode).toBe(404);
    const globex = await call('globex', 'GET', '/customers/globex/status-page');
    expect(globex.body).toContain('No contracts are assigned yet.');
    expect(globex.body).toContain('Globex storage move');
  });

  it.skipIf(skipped(backend))('a revoked link opens nothing, at once', async () => {
    const id = (await call('admin', 'GET', '/customers/acme/status-links')).json().items[0].id;
    const revoked = await call('admin', 'POST', `/customers/acme/status-links/${id}/revoke`);
    expect([revoked.statusCode, revoked.json().revokedAt]).toEqual([200, '2026-07-11T00:00:00.000Z']);
    const page = await call(null, 'GET', path);
    expect(page.statusCode).toBe(404);
    expect(page.body).not.toContain('Acme');
    expect((await call('admin', 'POST', `/customers/acme/status-links/${id}/revoke`)).statusCode).toBe(404);
    expect((await call(null, 'GET', '/status/private/not-a-real-token-at-all-xx')).statusCode).toBe(404);
  });

  it.skipIf(skipped(backend))(
    'shows what goes on now where its contracts reach: incidents with their updates, and when maintenance should end',
    async () => {
      await call('admin', 'POST', '/services', { id: 'web', name: 'Web' });
      await call('admin', 'POST', '/services/web/components', { id: 'portal', name: 'Portal' });
      // Acme's contract covers the voice service only.
      const source = await call('admin', 'PUT', '/customers/acme/contracts/plain/availability-source', {
        rules: 'incidents',
        components: [{ serviceId: 'voice', componentId: null }],
      });
      expect(source.statusCode).toBe(200);
      const opened = async (payload: object) => {
        const r = await call('admin', 'POST', '/incidents', payload);
        expect(r.statusCode).toBe(201);
      };
      await opened({
        title: 'Database patch',
        kind: 'unplanned_maintenance',
        status: 'identified',
        text: 'Emergency patch of the call database.',
        fraction: 1,
        expectedEnd: '2026-07-11T01:30:00Z',
        components: [{ serviceId: 'voice', componentId: 'api' }],
      });
      await opened({
        title: 'Portal slow',
        status: 'investigating',
        text: 'Pages load slowly.',
        fraction: 0.2,
        components: [{ serviceId: 'web', componentId: 'portal' }],
      });
      const acme = (await call('acme', 'GET', '/customers/acme/status-page')).body;
      expect(acme).toContain('<h2>Ongoing incidents</h2>');
      expect(acme).toContain('Database patch');
      expect(acme).toContain('Emergency patch of the call database.');
      expect(acme).toMatch(/expected to end <time datetime="2026-07-11T01:30:00\.000Z"/);
      expect(acme).not.toContain('Portal slow');
      // Globex has no contract: nothing of anyone's components reaches its page.
      expect((await call('globex', 'GET', '/customers/globex/status-page')).body).not.toContain('Ongoing incidents');
    },
  );
});
