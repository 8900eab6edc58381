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

// Invoca Exhibit B §2.4: the customer names up to two Designated Support Contacts and tells Invoca when the
// responsibility moves to someone else.
describe.each(backends)('customer contacts on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = Date.parse('2026-07-01T12:00:00.000Z');
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  const add = async (name: string, designated: boolean): Promise<string> =>
    (await ok('agent', 'POST', '/customers/acme/contacts', { name, email: `${name}@acme.test`, designated })).id;
  const listed = async () =>
    ((await ok('agent', 'GET', '/customers/acme/contacts')).items as { name: string; designated: boolean }[]).map(
      (c) => [c.name, c.designated],
    );
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'desk agent' })).token;
    await ok('admin', 'POST', '/contracts', { source: read('invoca.yaml') });
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme Telecom' });
    await ok('admin', 'PUT', '/customers/acme/contracts/invoca-exhibit-b', {
      orderForm: read('order-forms/invoca-acme.yaml'),
    });
    tokens.acme = (await issueToken(context(), { role: 'customer', customerId: 'acme', label: 'Acme' })).token;
    ids.ann = await add('ann', true);
    ids.bob = await add('bob', true);
    ids.cat = await add('cat', false);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('refuses a third designated contact on PATCH as on POST, and allows the role to be transferred', async () => {
    const third = await call('agent', 'PATCH', `/customers/acme/contacts/${ids.cat}`, { designated: true });
    expect([third.statusCode, third.json().field]).toEqual([409, '/designated']);
    expect(third.json().detail).toContain('at most 2 designated contacts');
    expect(await listed()).toEqual(
      expect.arrayContaining([
        ['ann', true],
        ['bob', true],
        ['cat', false],
      ]),
    );
    // The transfer: ann hands the role to cat.
    await ok('agent', 'PATCH', `/customers/acme/contacts/${ids.ann}`, { designated: false });
    expect(await ok('agent', 'PATCH', `/customers/acme/contacts/${ids.cat}`, { designated: true })).toMatchObject({
      id: ids.cat,
      name: 'cat',
      designated: true,
    });
    // A designated contact keeps its place when only its address changes, with the limit reached.
    expect(
      await ok('agent', 'PATCH', `/customers/acme/contacts/${ids.bob}`, { email: 'robert@acme.test' }),
    ).toMatchObject({ email: 'robert@acme.test', designated: true });
    const empty = await call('agent', 'PATCH', `/customers/acme/contacts/${ids.bob}`, {});
    expect([empty.statusCode, empty.json().field]).toEqual([422, '/name']);
  });

  it('removes a contact: no longer listed, its place freed, its claims still naming it', async () => {
    clock = Date.parse('2026-07-02T12:00:00.000Z');
    const claim = await ok('acme', 'POST', '/customers/acme/claims', { period: '2026-06', contactId: ids.bob });
    expect((await call('agent', 'DELETE', `/customers/acme/contacts/${ids.bob}`)).statusCode).toBe(204);
    expect((await listed()).map(([name]) => name)).not.toContain('bob');
    expect((await ok('acme', 'GET', `/customers/acme/claims/${claim.id}`)).contactId).toBe(ids.bob);
    const again = await call('acme', 'POST', '/customers/acme/claims', { period: '2026-06', contactId: ids.bob });
    expect([again.statusCode, again.json().field]).toEqual([404, '/contactId']);
    expect((await call('agent', 'DELETE', `/customers/acme/contacts/${ids.bob}`)).statusCode).toBe(404);
    expect((await call('agent', 'PATCH', `/customers/acme/contacts/${ids.bob}`, { name: 'x' })).statusCode).toBe(404);
    // bob's designated place is free again.
    expect((await call('agent', 'PATCH', `/customers/acme/contacts/${ids.ann}`, { designated: true })).statusCode).toBe(
      200,
    );
    const removed = await store.db
      .selectFrom('audit_log')
      .select(['actor', 'detail'])
      .where('action', '=', 'contact.removed')
      .execute();
    expect(removed.map((e) => [e.actor, JSON.parse(e.detail)])).toEqual([
      [
        expect.stringContaining('(desk agent)'),
        { contact: ids.bob, name: 'bob', email: 'robert@acme.test', designated: true },
      ],
    ]);
  });

  it('refuses assigning the contract to a customer with more designated contacts than it allows', async () => {
    await ok('admin', 'POST', '/customers', { id: 'zeta', name: 'Zeta' });
    for (const name of ['dan', 'eve', 'fay'])
      await ok('agent', 'POST', '/customers/zeta/contacts', { name, email: `${name}@zeta.test`, designated: true });
    const assign = () =>
      call('admin', 'PUT', '/customers/zeta/contracts/invoca-exhibit-b', {
        orderForm: read('order-forms/invoca-acme.yaml'),
      });
    const refused = await assign();
    expect([refused.statusCode, refused.json().field]).toEqual([409, '/designated']);
    expect(refused.json().detail).toContain(
      'at most 2 designated contacts (Exhibit B §2.4 ("Customer shall identify up to two Designated Support Contacts")); zeta has 3',
    );
    expect((await call('agent', 'GET', '/customers/zeta')).json().contracts ?? []).toEqual([]);
    // Once the provider says who keeps the role, the contract is assigned.
    const fay = ((await ok('agent', 'GET', '/customers/zeta/contacts')).items as { id: string; name: string }[]).find(
      (c) => c.name === 'fay',
    )!;
    await ok('agent', 'PATCH', `/customers/zeta/contacts/${fay.id}`, { designated: false });
    expect((await assign()).statusCode).toBe(200);
  });

  it("a customer contact reads its own customer's contacts and leaves changing them to the provider", async () => {
    expect((await ok('acme', 'GET', '/customers/acme/contacts?limit=1')).next).not.toBeNull();
    expect((await call('acme', 'PATCH', `/customers/acme/contacts/${ids.cat}`, { name: 'x' })).statusCode).toBe(403);
    expect((await call('acme', 'DELETE', `/customers/acme/contacts/${ids.cat}`)).statusCode).toBe(403);
    await ok('admin', 'POST', '/customers', { id: 'other', name: 'Other' });
    // A contact is changed only through its own customer.
    expect((await call('agent', 'PATCH', `/customers/other/contacts/${ids.cat}`, { name: 'x' })).statusCode).toBe(404);
  });
});
