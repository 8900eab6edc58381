import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { assignContract } from '../src/services/contracts/assign.js';
import { publishContract } from '../src/services/contracts/publish.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { createCustomer } from '../src/services/customers/create.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// A 10-minute first response and a resolution in 1 hour: an opened request has two running clocks.
const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 10m }, resolution: { within: 1h } } } } }
`;
const T0 = Date.parse('2026-07-01T12:00:00Z');

/** The value of one sample line of a Prometheus text exposition, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(backends)('probes and metrics on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = T0;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.auditor = (await issueToken(context(), { role: 'auditor', label: 'auditor' })).token;
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'agent' })).token;
    await createCustomer(context(), { id: 'acme', name: 'Acme' });
    await publishContract(context(), contract);
    await assignContract(context(), { customerId: 'acme', contractId: 'quick' });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('answers /healthz and /readyz without a token', async () => {
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect([health.statusCode, health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('serves /metrics to admins and auditors only: its counts span every customer', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await call('agent', 'GET', '/metrics')).statusCode).toBe(403);
    const r = await call('auditor', 'GET', '/metrics');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts requests by route pattern, and clocks by status and due timers from the database', async () => {
    const metrics = async () => (await call('auditor', 'GET', '/metrics')).body;
    const before = await metrics();
    expect(sample(before, 'surety_timers_due')).toBe(0);
    expect(sample(before, 'surety_webhook_deliveries_pending')).toBe(0);
    await ok('admin', 'POST', '/tickets', { id: 'T1', customerId: 'acme', contractId: 'quick', severity: 'S1' });
    await ok('admin', 'POST', '/tickets', { id: 'T2', customerId: 'acme', contractId: 'quick', severity: 'S1' });
    await ok('auditor', 'GET', '/tickets/T1');
    expect((await call('auditor', 'GET', '/tickets/NOPE')).statusCode).toBe(404);
    // Both first responses are 10 minutes late and nothing has recorded their breach yet: two timers due.
    clock += 11 * 60_000;
    const after = await metrics();
    expect(sample(after, 'surety_http_requests_total{method="POST",route="/tickets",status="201"}')).toBe(2);
    // By pattern, not by id: one series for both ticket reads.
    expect(sample(after, 'surety_http_requests_total{method="GET",route="/tickets/:id",status="200"}')).toBe(1);
    expect(sample(after, 'surety_http_requests_total{method="GET",route="/tickets/:id",status="404"}')).toBe(1);
    expect(sample(after, 'surety_clocks{status="running"}')).toBe(4);
    expect(sample(after, 'surety_timers_due')).toBe(2);
    expect(after).toContain('# TYPE surety_timer_lateness_seconds histogram');
    expect(after).toContain('# TYPE surety_webhook_delivery_attempts_total counter');
  });
});
