import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contracts = fileURLToPath(new URL('../../../contracts/', import.meta.url));
const read = (file: string) => readFileSync(`${contracts}${file}`, 'utf8');
const T0 = Date.parse('2026-07-01T12:00:00.000Z');

const desk = (response: string) => `surety: 1
contract: { id: desk, title: Desk SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: ${response} } } } } }
`;

describe.each(backends)('reading contracts on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = T0;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  let published: { awaitingOrderForm: string[] };

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    published = await ok('admin', 'POST', '/contracts', { source: read('techjutsu.yaml') });
    await ok('admin', 'POST', '/contracts', { source: read('invoca.yaml') });
    await ok('admin', 'POST', '/contracts', { source: desk('1h') });
    clock = T0 + 3_600_000;
    await ok('admin', 'POST', '/contracts', { source: desk('30m') });
    for (const id of ['acme', 'globex']) await ok('admin', 'POST', '/customers', { id, name: id });
    await ok('admin', 'PUT', '/customers/acme/contracts/techjutsu-caller-verify', {
      orderForm: read('order-forms/techjutsu-acme.yaml'),
    });
    await ok('admin', 'PUT', '/customers/acme/contracts/desk', { version: 1 });
    await ok('admin', 'PUT', '/customers/globex/contracts/desk', {});
    tokens.globex = (await issueToken(context(), { role: 'customer', customerId: 'globex', label: 'Globex' })).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('lists every contract with its latest version, names and customers, a page at a time', async () => {
    const first = await ok('admin', 'GET', '/contracts?limit=2');
    const second = await ok('admin', 'GET', `/contracts?limit=2&cursor=${first.next}`);
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items]).toEqual([
      {
        id: 'desk',
        version: 2,
        title: 'Desk SLA',
        provider: 'Test',
        publishedAt: '2026-07-01T13:00:00.000Z',
        customers: ['acme', 'globex'],
      },
      expect.objectContaining({ id: 'invoca-exhibit-b', version: 1, provider: 'Invoca', customers: [] }),
      expect.objectContaining({
        id: 'techjutsu-caller-verify',
        title: 'Caller Verify Service Commitments and Support Specifications',
        provider: 'TechJutsu',
        customers: ['acme'],
      }),
    ]);
  });

  it('reads a contract with its text, the parameters its order forms supply, and its versions', async () => {
    const techjutsu = await ok('admin', 'GET', '/contracts/techjutsu-caller-verify');
    expect(techjutsu).toMatchObject({ id: 'techjutsu-caller-verify', version: 1, source: read('techjutsu.yaml') });
    expect(techjutsu.awaitingOrderForm).toEqual(published.awaitingOrderForm);
    expect(techjutsu.awaitingOrderForm).toContain('p1_response');
    expect(techjutsu.parameters).toContainEqual({
      name: 'support_zone',
      type: 'zone',
      description: "time zone of the subscribed Support Level's Business Hours",
      clause: 'SCSS §1.3, §11.1 Support Level Entitlements',
      required: true,
    });
    // What a request form needs: the severity levels (SCSS §10.4 Priority table) and the §10.1 request fields.
    expect(techjutsu.severities.map((l: { id: string }) => l.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(techjutsu.requestFields[0]).toEqual({
      id: 'submitter_contact',
      label: 'Contact information of the submitter',
      required: true,
      type: 'contact',
      choices: null,
      clause: 'SCSS §10.1',
    });
    const deskNow = await ok('admin', 'GET', '/contracts/desk');
    expect(deskNow).toMatchObject({ version: 2, source: desk('30m'), awaitingOrderForm: [], parameters: [] });
    expect(deskNow.versions).toEqual([
      { version: 1, publishedAt: '2026-07-01T12:00:00.000Z' },
      { version: 2, publishedAt: '2026-07-01T13:00:00.000Z' },
    ]);
    expect(await ok('admin', 'GET', '/contracts/desk/versions/1')).toMatchObject({ version: 1, source: desk('1h') });
    expect((await call('admin', 'GET', '/contracts/desk/versions/3')).statusCode).toBe(404);
    expect((await call('admin', 'GET', '/contracts/nope')).statusCode).toBe(404);
  });

  it("shows a customer contact only its own customer's contracts", async () => {
    const list = await ok('globex', 'GET', '/contracts');
    expect(list.items.map((c: { id: string; customers: string[] }) => [c.id, c.customers])).toEqual([
      ['desk', ['globex']],
    ]);
    expect((await ok('globex', 'GET', '/contracts/desk')).customers).toEqual(['globex']);
    expect((await call('globex', 'GET', '/contracts/desk/versions/1')).statusCode).toBe(200);
    const other = await call('globex', 'GET', '/contracts/techjutsu-caller-verify');
    const none = await call('globex', 'GET', '/contracts/nope');
    expect([other.statusCode, other.json().detail.replace('techjutsu-caller-verify', 'nope')]).toEqual([
      404,
      none.json().detail,
    ]);
    expect((await call('globex', 'GET', '/contracts/techjutsu-caller-verify/versions/1')).statusCode).toBe(404);
  });
});
