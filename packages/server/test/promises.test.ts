import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

/** Promises the API makes that must hold as read (issue 11 §4). */
const desk = `surety: 1
contract: { id: desk, title: Desk SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

describe.each(backends)('promises on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);

  beforeAll(async () => {
    store = await freshStore(backend, () => Date.parse('2026-07-01T12:00:00Z'));
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'agent' })).token;
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('only an admin publishes and assigns contracts', async () => {
    expect((await call('agent', 'POST', '/contracts', { source: desk })).statusCode).toBe(403);
    await ok('admin', 'POST', '/contracts', { source: desk });
    expect((await call('agent', 'PUT', '/customers/acme/contracts/desk', {})).statusCode).toBe(403);
    await ok('admin', 'PUT', '/customers/acme/contracts/desk', {});
  });

  it.each(['bearer', 'BEARER', 'Bearer'])('the %s scheme is accepted', async (scheme) => {
    const r = await app.inject({
      method: 'GET',
      url: '/customers/acme',
      headers: { authorization: `${scheme} ${tokens.admin}` },
    });
    expect(r.statusCode).toBe(200);
  });

  it.each([
    'http://127.0.0.1:9/hooks',
    'http://localhost/hooks',
    'http://169.254.169.254/latest/meta-data',
    'http://10.1.2.3/hooks',
    'http://192.168.0.10/hooks',
    'http://[::1]/hooks',
    'http://[::ffff:127.0.0.1]/hooks',
  ])('a webhook to %s is refused (internal targets need SURETY_WEBHOOK_ALLOW_PRIVATE=1)', async (url) => {
    const r = await call('admin', 'POST', '/webhooks', { url });
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('is a loopback, link-local or private address');
  });

  it('a webhook to a public name is registered', async () => {
    expect((await call('admin', 'POST', '/webhooks', { url: 'https://hooks.example.com/surety' })).statusCode).toBe(
      201,
    );
  });

  describe('a customer contact cannot backdate a request; staff may, and it is audited', () => {
    const open = (who: string, id: string, at: string) =>
      call(who, 'POST', '/tickets', { id, customerId: 'acme', contractId: 'desk', severity: 'S1', at });
    beforeAll(async () => {
      tokens.acme = (await issueToken(context(), { role: 'customer', customerId: 'acme', label: 'Acme SME' })).token;
    });

    it('a contact may state a time within 5 minutes of receipt (clock skew), not earlier', async () => {
      expect((await open('acme', 'SKEW-1', '2026-07-01T11:56:00Z')).statusCode).toBe(201);
      const early = await open('acme', 'BACK-1', '2026-07-01T11:54:59Z');
      expect(early.statusCode).toBe(422);
      expect(early.body).toContain("a customer contact cannot backdate a request: 'at' may be at most 5 minutes");
      const reply = await call('acme', 'POST', '/tickets/SKEW-1/events', {
        type: 'replied',
        author: 'customer',
        at: '2026-07-01T11:00:00Z',
      });
      expect(reply.statusCode).toBe(422);
    });

    it('an agent may record a request taken earlier; the audit entry shows when it was recorded', async () => {
      expect((await open('agent', 'PHONE-1', '2026-06-30T09:00:00Z')).statusCode).toBe(201);
      const entry = await store.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'ticket:PHONE-1')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(entry.detail)).toMatchObject({
        at: Date.parse('2026-06-30T09:00:00Z'),
        receivedAt: Date.parse('2026-07-01T12:00:00Z'),
      });
    });
  });
});
