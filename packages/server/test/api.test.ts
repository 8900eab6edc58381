import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { fireDueTimers } from '../src/services/clocks/fire-due-timers.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// A 24x7 UTC contract keeps the arithmetic plain: first response within 1 hour, warning at 50%.
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s }, exclusions: [customer_caused] }
credits: { form: fee_percent, tiers: [{ below: '99.9%', credit: 10 }], claim_window_days: 30 }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
clock_defaults: { warn_at: ['50%'] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
request_fields: [{ id: impact, label: Level of impact, required: true }]
`;
const T0 = Date.parse('2026-07-01T12:00:00.000Z');

describe.each(backends)('API on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = T0;
  let admin = '';
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    admin = (await issueToken(context(), { role: 'admin', label: 'test admin' })).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  const auth = () => ({ authorization: `Bearer ${admin}` });
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers: auth() });

  it('publishes a contract, assigns it, opens a ticket and reads its live clocks', async () => {
    const created = await post('/customers', { id: 'acme', name: 'Acme' });
    expect([created.statusCode, created.json()]).toEqual([
      201,
      { id: 'acme', name: 'Acme', createdAt: '2026-07-01T12:00:00.000Z', contacts: [], contracts: [] },
    ]);
    const published = await post('/contracts', { source: contract });
    expect([published.statusCode, published.headers.location]).toEqual([201, '/contracts/plain/versions/1']);
    expect(published.json()).toMatchObject({ id: 'plain', version: 1, awaitingOrderForm: [], source: contract });
    expect(
      (
        await app.inject({ method: 'PUT', url: '/customers/acme/contracts/plain', payload: {}, headers: auth() })
      ).json(),
    ).toEqual({ version: 1, recomputed: 0, moved: [] });
    const opened = await post('/tickets', {
      id: 'T-1',
      customerId: 'acme',
      contractId: 'plain',
      severity: 'S1',
      fields: { impact: 'all users' },
    });
    expect(opened.statusCode).toBe(201);
    // Next timer: the 50% warning, 30 minutes after opening.
    expect(opened.headers.location).toBe('/tickets/T-1');
    expect(opened.json()).toMatchObject({ ticket: { id: 'T-1' }, nextDueAt: '2026-07-01T12:30:00.000Z' });
    const ticket = (await app.inject({ method: 'GET', url: '/tickets/T-1', headers: auth() })).json();
    expect(ticket.clocks.clocks[0]).toMatchObject({
      clock: 'first_response',
      status: 'running',
      dueAt: '2026-07-01T13:00:00.000Z',
    });
    expect(ticket.events[0]).toMatchObject({ seq: 1, type: 'opened', receivedAt: '2026-07-01T12:00:00.000Z' });
    // Nothing happens to the ticket for ten minutes: its clock still reads as of the request.
    clock = T0 + 10 * 60_000;
    const later = (await app.inject({ method: 'GET', url: '/tickets/T-1', headers: auth() })).json();
    expect(later.asOf).toBe('2026-07-01T12:10:00.000Z');
    expect(later.clocks.clocks[0]).toMatchObject({ elapsedMs: 10 * 60_000, remainingMs: 50 * 60_000 });
  });

  it('records the warning and the breach at their true instants when the timers fire late', async () => {
    clock = T0 + 2 * 3_600_000; // the server "was down" for two hours
    const fired = await fireDueTimers(context());
    expect(fired.map((f) => [f.change, new Date(f.dueAt).toISOString(), f.recordedAt - f.dueAt])).toEqual([
      ['warning', '2026-07-01T12:30:00.000Z', 90 * 60_000],
      ['breached', '2026-07-01T13:00:00.000Z', 60 * 60_000],
    ]);
    // Firing again records nothing twice.
    expect(await fireDueTimers(context())).toEqual([]);
    const ticket = (await app.inject({ method: 'GET', url: '/tickets/T-1', headers: auth() })).json();
    expect(ticket.events.map((e: { type: string }) => e.type)).toEqual(['opened', 'clock_warning', 'clock_breached']);
    expect(ticket.clocks.clocks[0]).toMatchObject({ status: 'breached', breachedAt: '2026-07-01T13:00:00.000Z' });
  });

  it('answers bad input with a problem document naming the field', async () => {
    const missing = await post('/tickets', {
      id: 'T-2',
      customerId: 'acme',
      contractId: 'plain',
      severity: 'S1',
      fields: {},
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json()).toMatchObject({
      code: 'invalid',
      field: '/fields/impact',
      detail: "the contract requires 'Level of impact' (impact)",
    });
    const badSeverity = await post('/tickets/T-1/events', { type: 'severity_changed', severity: 'S9' });
    expect(badSeverity.json()).toMatchObject({ status: 422, detail: "unknown severity 'S9' (levels: S1)" });
    const badShape = await post('/tickets/T-1/events', { type: 'replied', author: 'robot' });
    expect(badShape.statusCode).toBe(422);
    expect(badShape.json()).toMatchObject({ code: 'invalid', field: '/author', in: 'body' });
    // The refused events wrote nothing.
    const ticket = (await app.inject({ method: 'GET', url: '/tickets/T-1', headers: auth() })).json();
    expect(ticket.events).toHaveLength(3);
  });

  it('reports availability from recorded incidents and exclusions, and the 30-day performance report', async () => {
    // June 2026 (30 days = 720 h, UTC): a 90-minute incident at 50% impact and a 5% one (below the 10% threshold);
    // the first 30 minutes of the big one were customer-caused. Counted: 60 minutes of 720 h → 99.861%.
    expect(
      (
        await post('/incidents', {
          title: 'API errors',
          text: 'API errors',
          start: '2026-06-10T10:00:00.000Z',
          end: '2026-06-10T11:30:00.000Z',
          fraction: 0.5,
          components: [],
        })
      ).statusCode,
    ).toBe(201);
    await post('/incidents', {
      title: 'slow search',
      text: 'slow search',
      start: '2026-06-11T10:00:00.000Z',
      end: '2026-06-11T12:00:00.000Z',
      fraction: 0.05,
      components: [],
    });
    await post('/exclusions', {
      customerId: 'acme',
      start: '2026-06-10T10:00:00.000Z',
      end: '2026-06-10T10:30:00.000Z',
      category: 'customer_caused',
      reason: 'customer DNS change',
    });
    const r = (
      await app.inject({
        method: 'GET',
        url: '/customers/acme/availability?contractId=plain&period=2026-06',
        headers: auth(),
      })
    ).json();
    expect(r.time).toMatchObject({ uptime: '99.861%', met: false, outageMs: 3_600_000 });
    expect(r.time.outages[0]).toMatchObject({ start: '2026-06-10T10:00:00.000Z', classification: 'partly_excluded' });
    // The counted downtime is instants too, never epoch ms: 10:30–11:30 after the customer-caused half hour.
    expect(r.time.counted).toEqual([{ start: '2026-06-10T10:30:00.000Z', end: '2026-06-10T11:30:00.000Z' }]);
    expect(r.credit).toMatchObject({ credit: 10, form: 'fee_percent' });
    // Queries name a contract as bodies do (contractId); the old name is refused, and the answer names it.
    const renamed = await app.inject({
      method: 'GET',
      url: '/customers/acme/availability?contract=plain&period=2026-06',
      headers: auth(),
    });
    expect([renamed.statusCode, renamed.body]).toEqual([expect.any(Number), expect.stringContaining('contract')]);
    expect(renamed.statusCode).toBeGreaterThanOrEqual(400);
    expect(renamed.statusCode).toBeLessThan(500);
    // Asked on 1 July 2026 12:00 UTC (+2 h): the previous 30 days run from 1 June 14:00.
    const report = (
      await app.inject({ method: 'GET', url: '/customers/acme/performance-report?contractId=plain', headers: auth() })
    ).json();
    expect(report).toMatchObject({ customerId: 'acme', contractId: 'plain' });
    expect(report.range).toEqual({ from: '2026-06-01T14:00:00.000Z', to: '2026-07-01T14:00:00.000Z' });
    expect(report.availability.time.outageMs).toBe(3_600_000);
    expect(report.clocks).toEqual([
      { clock: 'first_response', severity: 'S1', met: 0, breached: 1, running: 0, other: 0 },
    ]);
  });

  it('moves open requests to a new contract version and says which deadlines moved', async () => {
    await post('/tickets', {
      id: 'T-9',
      customerId: 'acme',
      contractId: 'plain',
      severity: 'S1',
      fields: { impact: 'one user' },
    });
    const v2 = contract.replace('first_response: { within: 1h }', 'first_response: { within: 3h }');
    expect((await post('/contracts', { source: v2 })).json()).toMatchObject({ id: 'plain', version: 2 });
    const r = (
      await app.inject({
        method: 'PUT',
        url: '/customers/acme/contracts/plain',
        payload: { version: 2 },
        headers: auth(),
      })
    ).json();
    // T-9 was opened at 14:00 (the clock stands at T0 + 2 h): its 1 h response becomes 3 h.
    expect(r.moved).toContainEqual({
      ticket: 'T-9',
      clock: 'first_response#1',
      from: '2026-07-01T15:00:00.000Z',
      to: '2026-07-01T17:00:00.000Z',
    });
    expect(r).toMatchObject({ version: 2, recomputed: 2 });
  });

  it('refuses requests without a valid token', async () => {
    const none = await app.inject({ method: 'GET', url: '/tickets/T-1' });
    expect([none.statusCode, none.json().code]).toEqual([401, 'unauthorized']);
    const forged = await app.inject({
      method: 'GET',
      url: '/tickets/T-1',
      headers: { authorization: `Bearer ${admin.slice(0, -2)}xx` },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('keeps a verifiable audit trail of every change', async () => {
    const r = (await app.inject({ method: 'GET', url: '/audit/verify', headers: auth() })).json();
    // token, customer, contract, assignment, ticket opened, warning, breach, two incidents, one exclusion,
    // a second ticket, contract v2, the new assignment, and T-1's warning under v2 (50% of 3 h: 13:30)
    expect(r).toMatchObject({ entries: 14, ok: true });
    await store.db.updateTable('audit_log').set({ actor: 'someone else' }).where('seq', '=', 3).execute();
    expect((await app.inject({ method: 'GET', url: '/audit/verify', headers: auth() })).json()).toMatchObject({
      ok: false,
      broken: { seq: 3, reason: expect.stringContaining('edited') },
    });
  });

  it('publishes OpenAPI 3.1 from the same schemas', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/customers', '/contracts', '/tickets', '/tickets/{id}/events']),
    );
  });
});
