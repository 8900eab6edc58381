import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// Business hours Mon-Fri 09:00-17:00 UTC (UTC has no DST, so the instants below are the wall times).
const contract = `surety: 1
contract: { id: hours, title: Hours SLA, provider: Test }
calendars: { office: { zone: UTC, weekly: [{ days: [mon, tue, wed, thu, fri], hours: '09:00-17:00' }] } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans:
  standard:
    name: Standard
    targets:
      S1: { first_response: { within: 4h } }
`;

// 2026-07-03 is a Friday; 2026-07-06 the Monday after.
const FRIDAY_3PM = Date.parse('2026-07-03T15:00:00.000Z');
const iso = (t: number) => new Date(t).toISOString();

describe.each(backends)("the queue's countdowns in business hours on %s", (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = FRIDAY_3PM;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { ok } = apiClient(() => app, tokens);
  const firstResponse = async () => (await ok('admin', 'GET', '/clocks')).items[0].clocks[0];

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await ok('admin', 'POST', '/contracts', { source: contract });
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('admin', 'PUT', '/customers/acme/contracts/hours', {});
    await ok('admin', 'POST', '/tickets', {
      id: 'H-1',
      customerId: 'acme',
      contractId: 'hours',
      severity: 'S1',
      at: iso(FRIDAY_3PM),
    });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('says the hours are open and when they close, while the clock runs', async () => {
    expect(await firstResponse()).toMatchObject({
      status: 'running',
      remainingMs: 4 * 3600_000,
      // 2 business hours on Friday, 2 on Monday from 09:00.
      dueAt: '2026-07-06T11:00:00.000Z',
      hours: { open: true, changesAt: '2026-07-03T17:00:00.000Z' },
    });
  });

  it('says they are closed on the weekend, with the time left standing still until they open on Monday', async () => {
    clock = Date.parse('2026-07-04T12:00:00.000Z'); // Saturday noon
    expect(await firstResponse()).toMatchObject({
      remainingMs: 2 * 3600_000,
      hours: { open: false, changesAt: '2026-07-06T09:00:00.000Z' },
    });
  });
});
