import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// A 24x7 UTC contract with availability terms, so the availability and performance reports read every exclusion.
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s }, exclusions: [customer_caused] }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;
const T0 = Date.parse('2026-07-01T12:00:00Z');
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Issue 11 §3: an instant the engine cannot represent, once stored, made every later read of exclusions,
 * maintenance and the reports answer 500. Each is refused at the edge now, with 422 naming the field, and the
 * reads keep answering.
 */
describe.each(backends)('instants on the wire, on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let admin = '';
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  beforeAll(async () => {
    store = await freshStore(backend, () => T0);
    app = await buildApp({ context, logger: !!process.env.LOG });
    admin = (await issueToken(context(), { role: 'admin', label: 'test admin' })).token;
    for (const [method, url, payload] of [
      ['POST', '/customers', { id: 'acme', name: 'Acme' }],
      ['POST', '/contracts', { source: contract }],
      ['PUT', '/customers/acme/contracts/plain', {}],
    ] as const) {
      const r = await call(method, url, payload);
      if (r.statusCode >= 300) throw new Error(`${url}: ${r.body}`);
    }
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });

  const probes: [string, string, object, string][] = [
    ['/exclusions', 'end', { start: '2026-06-01T00:00:00Z', category: 'customer_caused', reason: 'x' }, '/end'],
    [
      '/incidents',
      'end',
      { title: 'x', text: 'x', start: '2026-06-01T00:00:00Z', fraction: 0.5, components: [] },
      '/end',
    ],
    ['/maintenance', 'end', { start: '2026-08-01T00:00:00Z', reason: 'x' }, '/end'],
    ['/tokens', 'expiresAt', { role: 'agent', label: 'x' }, '/expiresAt'],
    ['/tickets', 'at', { id: 'T-1', customerId: 'acme', contractId: 'plain', severity: 'S1' }, '/at'],
  ];
  const outOfRange = [
    '99999999999999999999',
    '1899-12-31T23:59:59Z',
    '1900-12-31T23:59:59.999Z',
    '2389-01-01T00:00:00Z',
    '1e21',
  ];

  it.each(probes)(
    'POST %s refuses an instant outside 1901–2388 in %s with 422 naming the field',
    async (url, name, rest, pointer) => {
      for (const value of outOfRange) {
        const r = await call('POST', url, { ...rest, [name]: value });
        expect([r.statusCode, r.json().code, r.json().field, r.json().in], `${url} ${name}=${value}`).toEqual([
          422,
          'invalid',
          pointer,
          'body',
        ]);
        expect(r.headers['content-type']).toContain('application/problem+json');
      }
    },
  );

  it('refuses a local time without an offset, and epoch milliseconds, naming the field', async () => {
    for (const value of ['2026-06-01T10:00:00', '1780000000000', 'soon']) {
      const r = await call('POST', '/incidents', {
        title: 'x',
        text: 'x',
        start: value,
        end: '2026-06-01T11:00:00Z',
        fraction: 1,
        components: [],
      });
      expect([r.statusCode, r.json().field], value).toEqual([422, '/start']);
    }
  });

  it('after every refused probe, exclusions, maintenance and both reports still answer', async () => {
    for (const url of [
      '/exclusions',
      '/incidents',
      '/maintenance',
      '/customers/acme/availability?contractId=plain&period=2026-06',
      '/customers/acme/performance-report?contractId=plain',
    ]) {
      const r = await call('GET', url);
      expect([url, r.statusCode]).toEqual([url, 200]);
    }
  });

  it('accepts offsets and answers every instant as ISO-8601 UTC with milliseconds', async () => {
    const made = await call('POST', '/exclusions', {
      start: '2026-06-10T03:00:00-07:00',
      end: '2026-06-10T10:30:00.5Z',
      category: 'customer_caused',
      reason: 'customer load test',
    });
    expect(made.statusCode).toBe(201);
    const listed = (await call('GET', '/exclusions?period=2026-06')).json();
    expect(listed.items[0]).toMatchObject({
      start: '2026-06-10T10:00:00.000Z',
      end: '2026-06-10T10:30:00.500Z',
      noticeAt: null,
      createdAt: '2026-07-01T12:00:00.000Z',
    });
    const opened = await call('POST', '/tickets', {
      id: 'T-2',
      customerId: 'acme',
      contractId: 'plain',
      severity: 'S1',
      at: '1901-01-01T00:00:00+00:00',
    });
    // Opened in 1901 and read in 2026: its one-hour first response breached long ago, so no timer is left.
    expect([opened.statusCode, opened.json().nextDueAt]).toEqual([201, null]);
    const ticket = (await call('GET', '/tickets/T-2')).json();
    const instants: string[] = [];
    JSON.stringify(ticket, (key, value: unknown) => {
      if (/(At|^at)$/.test(key) && value !== null) instants.push(value as string);
      return value;
    });
    expect(instants).toContain('1901-01-01T01:00:00.000Z');
    for (const text of instants) expect(text).toMatch(ISO_MS);
    expect(JSON.stringify(ticket)).not.toContain('never');
  });
});
