import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// 24x7 UTC keeps the arithmetic plain: warnings at 50%.
const contract = `surety: 1
contract: { id: ovw, title: Overview SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }, { id: S2, name: two, definition: slow }] }
clock_defaults: { warn_at: ['50%'] }
plans:
  standard:
    name: Standard
    targets:
      S1: { first_response: { within: 1h }, resolution: { within: 8h } }
      S2: { first_response: { within: 24h }, resolution: { within: 48h } }
`;

const T0 = Date.parse('2026-07-01T12:00:00.000Z');
const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();

describe.each(backends)('the compliance overview (GET /overview/compliance) on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  const open = (id: string, customerId: string, severity: string, at: number) =>
    ok('admin', 'POST', '/tickets', { id, customerId, contractId: 'ovw', severity, at: iso(at) });
  const event = (id: string, body: object) => ok('admin', 'POST', `/tickets/${id}/events`, body);

  beforeAll(async () => {
    store = await freshStore(backend, () => T0);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await ok('admin', 'POST', '/contracts', { source: contract });
    for (const id of ['acme', 'globex']) {
      await ok('admin', 'POST', '/customers', { id, name: id });
      await ok('admin', 'PUT', `/customers/${id}/contracts/ovw`, {});
      tokens[id] = (await issueToken(context(), { role: 'customer', customerId: id, label: `${id} contact` })).token;
    }
    // June: one request answered and resolved in time, one never answered (both clocks breached by July).
    const june = Date.parse('2026-06-10T10:00:00.000Z');
    await open('J-1', 'acme', 'S1', june);
    await event('J-1', { type: 'replied', author: 'agent', at: iso(june + 10 * MIN) });
    await event('J-1', { type: 'resolved', at: iso(june + 60 * MIN) });
    await open('J-2', 'acme', 'S1', june + 3600_000);
    // July: an S1 40 minutes old (first response past its 50% warning: at risk; resolution 8 h: not yet), an S2
    // answered at once, and globex's S2 still waiting.
    await open('A-1', 'acme', 'S1', T0 - 40 * MIN);
    await open('A-2', 'acme', 'S2', T0 - 5 * MIN);
    await event('A-2', { type: 'replied', author: 'agent', at: iso(T0) });
    await open('G-1', 'globex', 'S2', T0 - 5 * MIN);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("counts the month's clocks per contract, severity and metric, with the clocks at risk", async () => {
    const body = await ok('admin', 'GET', '/overview/compliance?period=2026-07&months=2');
    expect(body.period).toBe('2026-07');
    expect(body.months).toEqual(['2026-06', '2026-07']);
    expect(body.asOf).toBe(iso(T0));
    const row = (severity: string, metric: string) =>
      body.rows.find((r: { severity: string; metric: string }) => r.severity === severity && r.metric === metric);
    expect(body.rows).toHaveLength(4);
    expect(row('S1', 'first_response')).toEqual({
      contractId: 'ovw',
      severity: 'S1',
      metric: 'first_response',
      clocks: 1,
      met: 0,
      breached: 0,
      running: 1,
      atRisk: 1,
      metPercent: null,
    });
    expect(row('S1', 'resolution')).toMatchObject({ clocks: 1, running: 1, atRisk: 0 });
    expect(row('S2', 'first_response')).toMatchObject({ clocks: 2, met: 1, running: 1, atRisk: 0, metPercent: 100 });
    expect(row('S2', 'resolution')).toMatchObject({ clocks: 2, met: 0, running: 2, metPercent: null });
  });

  it('gives the % met by month for the trend', async () => {
    const body = await ok('admin', 'GET', '/overview/compliance?period=2026-07&months=2');
    expect(body.trend).toEqual([
      { month: '2026-06', contractId: 'ovw', clocks: 4, met: 2, breached: 2, running: 0, atRisk: 0, metPercent: 50 },
      { month: '2026-07', contractId: 'ovw', clocks: 6, met: 1, breached: 0, running: 5, atRisk: 1, metPercent: 100 },
    ]);
  });

  it('follows a request as its clocks change: a breach recorded moves it from at risk to breached', async () => {
    await event('A-1', { type: 'replied', author: 'agent', at: iso(T0) });
    const body = await ok('admin', 'GET', '/overview/compliance?period=2026-07&months=1');
    expect(body.rows[0]).toMatchObject({ severity: 'S1', metric: 'first_response', met: 1, atRisk: 0 });
  });

  it("shows a customer contact its own customer's clocks only, whatever it asks", async () => {
    const body = await ok('globex', 'GET', '/overview/compliance?period=2026-07&months=2&customerId=acme');
    expect(body.trend).toEqual([
      { month: '2026-07', contractId: 'ovw', clocks: 2, met: 0, breached: 0, running: 2, atRisk: 0, metPercent: null },
    ]);
  });

  it('refuses a month that is not one, naming the field', async () => {
    const r = await call('admin', 'GET', '/overview/compliance?period=2026-13');
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('period');
    expect((await call('admin', 'GET', '/overview/compliance?months=99')).statusCode).toBe(422);
  });

  it("leaves a request's stored outcomes as they are when a write changes none of them", async () => {
    // A trigger counts every row written to clock_outcomes (deleted, updated or inserted).
    if (backend === 'sqlite') {
      await sql`create temp table outcome_writes (n integer)`.execute(store.db);
      for (const op of ['insert', 'update', 'delete'])
        await sql
          .raw(
            `create temp trigger outcome_${op} after ${op} on clock_outcomes begin insert into outcome_writes values (1); end`,
          )
          .execute(store.db);
    } else {
      await sql`create table outcome_writes (n integer)`.execute(store.db);
      await sql`create function outcome_written() returns trigger language plpgsql as $$
        begin insert into outcome_writes values (1); return null; end $$`.execute(store.db);
      await sql`create trigger outcome_written after insert or update or delete on clock_outcomes
        for each row execute function outcome_written()`.execute(store.db);
    }
    const writes = async () =>
      Number((await sql<{ n: number }>`select count(*) as n from outcome_writes`.execute(store.db)).rows[0]!.n);
    // A customer's reply after the first response changes no outcome: nothing is written.
    await event('A-1', { type: 'replied', author: 'customer', at: iso(T0) });
    expect(await writes()).toBe(0);
    // A resolution stops its clocks: its outcomes are rewritten.
    await event('A-1', { type: 'resolved', at: iso(T0) });
    expect(await writes()).toBeGreaterThan(0);
    if (backend === 'sqlite')
      for (const op of ['insert', 'update', 'delete']) await sql.raw(`drop trigger outcome_${op}`).execute(store.db);
    else await sql`drop trigger outcome_written on clock_outcomes`.execute(store.db);
  });

  it('keeps its counts equal to the outcomes they count through every write, and sums to what each customer sees', async () => {
    // A re-evaluated request whose clocks keep their status changes no count; one that changes moves one.
    await event('G-1', { type: 'replied', author: 'agent', at: iso(T0) });
    await event('J-2', { type: 'resolved', at: iso(T0) });
    const kept = await store.db
      .selectFrom('clock_outcome_counts')
      .select(['month', 'contract_id', 'severity', 'clock', 'status', 'clocks'])
      .where('clocks', '!=', 0)
      .orderBy('month')
      .orderBy('contract_id')
      .orderBy('severity')
      .orderBy('clock')
      .orderBy('status')
      .execute();
    const counted = await store.db
      .selectFrom('clock_outcomes')
      .select((eb) => ['month', 'contract_id', 'severity', 'clock', 'status', eb.fn.countAll<number>().as('clocks')])
      .groupBy(['month', 'contract_id', 'severity', 'clock', 'status'])
      .orderBy('month')
      .orderBy('contract_id')
      .orderBy('severity')
      .orderBy('clock')
      .orderBy('status')
      .execute();
    expect(kept.map((r) => ({ ...r, clocks: Number(r.clocks) }))).toEqual(
      counted.map((r) => ({ ...r, clocks: Number(r.clocks) })),
    );
    expect(kept.length).toBeGreaterThan(3);

    const all = await ok('admin', 'GET', '/overview/compliance?period=2026-07&months=2');
    const each = await Promise.all(
      ['acme', 'globex'].map((c) => ok('admin', 'GET', `/overview/compliance?period=2026-07&months=2&customerId=${c}`)),
    );
    const total = (body: typeof all, field: string) =>
      (body.rows as Record<string, number>[]).reduce((n, r) => n + r[field]!, 0);
    for (const field of ['clocks', 'met', 'breached', 'running', 'atRisk'])
      expect(total(all, field)).toBe(total(each[0], field) + total(each[1], field));
  });
});
