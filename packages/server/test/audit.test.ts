import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const T0 = Date.parse('2026-07-01T12:00:00.000Z');
interface Entry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  detail: unknown;
  chain: number;
  hash: string;
  prevHash: string;
}

describe.each(backends)('the audit log over the API on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = T0;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  /** Every page of a query, following `next`. */
  const all = async (query: string, limit: number): Promise<Entry[]> => {
    const entries: Entry[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: Entry[]; next: string | null } = await ok(
        'auditor',
        'GET',
        `/audit?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      entries.push(...page.items);
      cursor = page.next;
    }
    return entries;
  };
  let contact = '';

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'Dana at the desk' })).token;
    tokens.auditor = (await issueToken(context(), { role: 'auditor', label: 'auditor' })).token;
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('admin', 'POST', '/customers', { id: 'globex', name: 'Globex' });
    contact = (await ok('admin', 'POST', '/customers/acme/contacts', { name: 'Ann', email: 'ann@acme.test' })).id;
    await ok('admin', 'POST', '/customers/globex/contacts', { name: 'Gil', email: 'gil@globex.test' });
    clock = T0 + 90_500;
    await ok('agent', 'PATCH', `/customers/acme/contacts/${contact}`, { email: 'ann.b@acme.test', designated: true });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("shows a contact's change with who made it, when, and what it was before", async () => {
    const entries = await all('entity=customer:acme&action=contact.', 50);
    expect(entries.map((e) => e.action)).toEqual(['contact.added', 'contact.updated']);
    expect(entries[1]).toMatchObject({
      at: '2026-07-01T12:01:30.500Z',
      actor: expect.stringContaining('(Dana at the desk)'),
      entity: 'customer:acme',
      detail: {
        contact,
        from: { name: 'Ann', email: 'ann@acme.test', designated: false },
        to: { name: 'Ann', email: 'ann.b@acme.test', designated: true },
      },
    });
  });

  it('pages through the whole log in order, each entry linked to the one before it in its chain', async () => {
    const entries = await all('', 2);
    expect(entries.length).toBeGreaterThanOrEqual(8);
    const last = new Map<number, string>();
    for (let i = 0; i < entries.length; i++) {
      if (i > 0) expect(entries[i]!.seq).toBeGreaterThan(entries[i - 1]!.seq);
      expect(entries[i]!.prevHash).toBe(last.get(entries[i]!.chain) ?? '0'.repeat(64));
      last.set(entries[i]!.chain, entries[i]!.hash);
    }
    // Entries of different entities spread over several chains.
    expect(last.size).toBeGreaterThan(1);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['token.issued', 'customer.created']));
  });

  it('filters by exact entity and by action prefix, taking the prefix literally', async () => {
    expect((await all('entity=customer:globex', 1)).map((e) => e.action)).toEqual([
      'customer.created',
      'contact.added',
    ]);
    expect(new Set((await all('action=token.', 50)).map((e) => e.action))).toEqual(new Set(['token.issued']));
    // As a LIKE pattern `_` would match the dot of contact.added; as a prefix it matches nothing.
    expect(await all('action=contact_', 50)).toEqual([]);
    expect(await all('action=CONTACT.', 50)).toEqual([]);
  });

  it('is for admins and auditors only, and refuses a cursor it did not hand out', async () => {
    expect((await call('admin', 'GET', '/audit?limit=1')).statusCode).toBe(200);
    expect((await call('agent', 'GET', '/audit')).statusCode).toBe(403);
    const bad = await call('auditor', 'GET', '/audit?cursor=WyJ4Il0');
    expect([bad.statusCode, bad.json().field]).toEqual([422, '/cursor']);
  });
});
