import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { createCustomer } from '../src/services/customers/create.js';
import { getCustomer } from '../src/services/customers/get.js';
import { ReadOnlyContext, SYSTEM } from '../src/services/core/service-context.js';
import { openReadOnlyStore } from '../src/services/core/store.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { freshStore, type TestStore } from './databases.js';

// The threads are loaded from the build (packages/server/dist), as `surety serve` runs them: `npm test` builds first.
const { statusPageThreads } = (await import('../dist/api/status/status-page-threads.js')) as {
  statusPageThreads: typeof import('../src/api/status/status-page-threads.js').statusPageThreads;
};

// A 24x7 UTC contract: an outage is 10% or more of users for 60 s or more (as TechJutsu §2.1 words it).
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;
const at = (iso: string) => Date.parse(iso);

/**
 * The public status page rendered on page threads over their own read-only connections (status-page-threads.ts).
 * The threaded server's own store is a second, empty file: a page that shows the real file's services came from a
 * thread, and one that shows none was rendered on the server's thread (as when it has days to keep).
 */
describe('the status page on page threads (SQLite)', () => {
  let store: TestStore;
  let elsewhere: TestStore;
  let plain: Api;
  let threaded: Api;
  let empty: Api;
  let threads: ReturnType<typeof statusPageThreads>;
  const errors: unknown[] = [];
  let clock = at('2026-07-10T09:00:00Z');
  const page = async (app: Api) => {
    const r = await app.inject({ method: 'GET', url: '/status' });
    expect(r.statusCode).toBe(200);
    return r.body;
  };

  beforeAll(async () => {
    store = await freshStore('sqlite', () => clock, { onDisk: true });
    elsewhere = await freshStore('sqlite', () => clock, { onDisk: true });
    plain = await buildApp({ context: (p) => store.context(p) });
    threads = statusPageThreads(store.url, 2, (e) => errors.push(e));
    threaded = await buildApp({ context: (p) => elsewhere.context(p), statusPageThreads: threads });
    empty = await buildApp({ context: (p) => elsewhere.context(p) });
    const admin = (await issueToken(store.context(SYSTEM), { role: 'admin', label: 'admin' })).token;
    const call = async (method: 'POST' | 'PUT', url: string, payload: object) => {
      const r = await plain.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });
      if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    };
    await call('POST', '/contracts', { source: contract });
    await call('POST', '/customers', { id: 'acme', name: 'Acme' });
    await call('PUT', '/customers/acme/contracts/plain', {});
    await call('POST', '/services', { id: 'voice', name: 'Voice' });
    await call('POST', '/services/voice/components', { id: 'api', name: 'REST API' });
    // An outage of 20 minutes three days ago: a past day the bars keep (services/status/daily-uptime.ts).
    await call('POST', '/incidents', {
      title: 'API down',
      text: 'All calls failed.',
      start: '2026-07-07T10:00:00Z',
      end: '2026-07-07T10:20:00Z',
      fraction: 1,
      components: [{ serviceId: 'voice', componentId: 'api' }],
    });
  });
  afterAll(async () => {
    await threads?.close();
    await threaded?.close();
    await empty?.close();
    await plain?.close();
    await elsewhere?.close();
    await store?.close();
  });

  it('renders the same page as the server thread, once the past days are kept', async () => {
    const expected = await page(plain); // keeps the 88 days that are over
    expect(expected).toContain('REST API');
    expect(expected).toContain('API down');
    expect(await page(threaded)).toBe(expected);
    expect(await page(threaded)).toBe(expected);
    expect(errors).toEqual([]);
  });

  it('leaves a page with days to keep to the server thread, which keeps them', async () => {
    // A day later, the day before yesterday is over and not kept yet: a thread cannot write it.
    clock = at('2026-07-11T09:00:00Z');
    const fallback = await page(threaded);
    expect(fallback).not.toContain('REST API');
    expect(fallback).toBe(await page(empty));
    // Kept by the server thread of the real store: the threads render it from then on.
    const expected = await page(plain);
    expect(await page(threaded)).toBe(expected);
    expect(errors).toEqual([]);
  });

  it('a thread that cannot read leaves the page to the server thread, and says why', async () => {
    const broken = statusPageThreads(`${store.url}.missing`, 1, (e) => errors.push(e));
    const app = await buildApp({ context: (p) => store.context(p), statusPageThreads: broken });
    try {
      expect(await page(app)).toBe(await page(plain));
      expect(String(errors.splice(0)[0])).toMatch(/status page thread: .*(unable to open|does not exist)/i);
    } finally {
      await app.close();
      await broken.close();
    }
  });

  it('a read-only context reads, and refuses a write before touching the database', async () => {
    const reader = openReadOnlyStore(store.url);
    try {
      const ctx = reader.context(SYSTEM, () => clock);
      expect((await getCustomer(ctx, 'acme')).name).toBe('Acme');
      await expect(createCustomer(ctx, { id: 'globex', name: 'Globex' })).rejects.toBeInstanceOf(ReadOnlyContext);
      await expect(getCustomer(store.context(SYSTEM), 'globex')).rejects.toThrow(/globex/);
    } finally {
      await reader.close();
    }
  });
});
