import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../../src/api/app.js';
import { SYSTEM, type Principal, type ServiceContext } from '../../src/services/core/service-context.js';
import { statusPage } from '../../src/services/status/status-page.js';
import { issueToken } from '../../src/services/tokens/api-tokens.js';
import { apiClient } from '../api-client.js';
import { backends, freshStore, skipped, type TestStore } from '../databases.js';
import { uptimeContract } from './uptime-contract.js';

const at = Date.parse;
const iso = (t: number) => new Date(t).toISOString();
const DAY = 86_400_000;

/**
 * The public status page's daily uptime of a component whose monitors measure it is the figure a contract covering
 * that component measures from the same monitors (its availability report), day by day: the page and the contracts
 * read one measurement. Contract: TechJutsu SCSS §1.11 (an outage is 10% or more of users for 60 s or more), UTC
 * months; three probe locations, so one failing location (33%) is an outage.
 */
describe.each(backends)('status page uptime from monitors on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = at('2026-07-10T12:00:00Z');
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { ok } = apiClient(() => app, tokens);
  const LOCATIONS = ['eu', 'us', 'ap'];

  /** Every location's samples every 30 s over [from, to); `fails(location, t)` says which fail. */
  async function sweep(monitorId: string, from: string, to: string, fails: (location: string, t: number) => boolean) {
    for (const location of LOCATIONS) {
      const samples = [];
      for (let t = at(from); t < at(to); t += 30_000)
        samples.push({ monitorId, t: iso(t), ok: !fails(location, t), latencyMs: 12 });
      await ok('agent', 'POST', `/probes/${location}/samples`, { samples });
    }
  }
  const monitor = (id: string, componentId: string) =>
    ok('admin', 'POST', '/monitors', {
      id,
      serviceId: 'api',
      componentId,
      name: id,
      config: { type: 'http', url: `http://127.0.0.1:9/${id}`, timeoutMs: 2_000 },
      intervalSeconds: 30,
      locations: LOCATIONS,
    });
  const between = (t: number, from: string, to: string) => t >= at(from) && t < at(to);

  /** The report's counted outage in each UTC day of June, and its uptime fraction. */
  async function report() {
    const r = await ok('admin', 'GET', '/customers/acme/availability?contractId=uptime&period=2026-06');
    const counted = (r.time.counted as { start: string; end: string }[]).map((i) => [at(i.start), at(i.end)]);
    const days = Array.from({ length: 30 }, (_, d) => {
      const start = at('2026-06-01T00:00:00Z') + d * DAY;
      return counted.reduce((t, [s, e]) => t + Math.max(0, Math.min(e!, start + DAY) - Math.max(s!, start)), 0);
    });
    return { days, uptime: (r.time.good as number) / (r.time.total as number) };
  }
  /** The page's June days of component web, and the uptime they make. */
  async function page() {
    const web = (await statusPage(context())).services[0]!.components.find((c) => c.id === 'web')!;
    const june = web.days.filter((d) => d.start >= at('2026-06-01T00:00:00Z') && d.start < at('2026-07-01T00:00:00Z'));
    const outage = june.reduce((t, d) => t + d.outageMs, 0);
    return { days: june.map((d) => d.outageMs), uptime: (30 * DAY - outage) / (30 * DAY) };
  }

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'probe' })).token;
    await ok('admin', 'POST', '/services', { id: 'api', name: 'API' });
    await ok('admin', 'POST', '/services/api/components', { id: 'web', name: 'Web' });
    await ok('admin', 'POST', '/services/api/components', { id: 'calls', name: 'Calls' });
    await ok('admin', 'POST', '/contracts', { source: uptimeContract });
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('admin', 'PUT', '/customers/acme/contracts/uptime', {});
    await ok('admin', 'PUT', '/customers/acme/contracts/uptime/availability-source', {
      rules: 'monitors',
      components: [{ serviceId: 'api', componentId: 'web' }],
    });
    await monitor('home', 'web');
    await monitor('login', 'web');
    await monitor('dial', 'calls');
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('equals the availability report day by day, measured and then read back from the kept days', async () => {
    // 2 Jun 10:00–10:10: two of three locations fail (an outage of 10 min).
    await sweep('home', '2026-06-02T09:55:00Z', '2026-06-02T10:20:00Z', (l, t) =>
      l !== 'ap' ? between(t, '2026-06-02T10:00:00Z', '2026-06-02T10:10:00Z') : false,
    );
    // 3 Jun: one location fails for 30 s: under the 60 s minimum, no outage.
    await sweep('home', '2026-06-03T09:55:00Z', '2026-06-03T10:20:00Z', (l, t) =>
      l === 'eu' ? between(t, '2026-06-03T10:00:00Z', '2026-06-03T10:00:30Z') : false,
    );
    // 4 Jun 23:58 – 5 Jun 00:03: one location of three (33%) across midnight, 2 min on one day and 3 on the next.
    await sweep('home', '2026-06-04T23:50:00Z', '2026-06-05T00:10:00Z', (l, t) =>
      l === 'us' ? between(t, '2026-06-04T23:58:00Z', '2026-06-05T00:03:00Z') : false,
    );
    // 10 Jun: two monitors of the component overlap, 12:00–12:05 and 12:03–12:08: one outage of 8 min.
    await sweep('home', '2026-06-10T11:55:00Z', '2026-06-10T12:15:00Z', (_l, t) =>
      between(t, '2026-06-10T12:00:00Z', '2026-06-10T12:05:00Z'),
    );
    await sweep('login', '2026-06-10T11:55:00Z', '2026-06-10T12:15:00Z', (_l, t) =>
      between(t, '2026-06-10T12:03:00Z', '2026-06-10T12:08:00Z'),
    );
    // 12 Jun: a monitor of another component fails: not this component's, not this contract's.
    await sweep('dial', '2026-06-12T11:55:00Z', '2026-06-12T12:15:00Z', (_l, t) =>
      between(t, '2026-06-12T12:00:00Z', '2026-06-12T12:30:00Z'),
    );

    const expected = await report();
    const nonZero = Object.fromEntries(expected.days.flatMap((ms, d) => (ms ? [[d + 1, ms / 60_000]] : [])));
    expect(nonZero).toEqual({ 2: 10, 4: 2, 5: 3, 10: 8 });
    const measured = await page();
    expect(measured.days).toEqual(expected.days);
    expect(measured.uptime).toBe(expected.uptime);
    // Read again: the days are kept now, and read back the same.
    const kept = await store.db
      .selectFrom('status_uptime_days')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(kept.n)).toBeGreaterThan(80);
    expect(await page()).toEqual(measured);
    const calls = (await statusPage(context())).services[0]!.components.find((c) => c.id === 'calls')!;
    // Failing from 12:00 until its locations' last samples (12:14:30) go silent 75 s later (2.5 intervals).
    expect(calls.days.find((d) => d.start === at('2026-06-12T00:00:00Z'))!.outageMs).toBe((15 * 60 + 45) * 1000);

    // The HTML page labels the day with its outage.
    const html = await app.inject({ method: 'GET', url: '/status' });
    expect(html.body).toContain('title="2 Jun 2026: 99.305%, 10 min outage"');
  });

  it('a probe batch arriving weeks late moves a kept day on the page as in the report', async () => {
    const before = await page();
    expect(before.days[19]).toBe(0);
    // 20 Jun 08:00–08:04, pushed on 10 Jul: every location failing.
    await sweep('login', '2026-06-20T07:55:00Z', '2026-06-20T08:10:00Z', (_l, t) =>
      between(t, '2026-06-20T08:00:00Z', '2026-06-20T08:04:00Z'),
    );
    const expected = await report();
    expect(expected.days[19]).toBe(4 * 60_000);
    expect((await page()).days).toEqual(expected.days);
  });

  it('a monitor moved to another component takes its outages with it', async () => {
    clock = at('2026-07-10T13:00:00Z');
    await ok('admin', 'PATCH', '/monitors/login', { componentId: 'calls' });
    const web = await page();
    // Only home's outages remain on web: 10 Jun is 12:00–12:05, and 20 Jun has none.
    expect(web.days[9]).toBe(5 * 60_000);
    expect(web.days[19]).toBe(0);
    expect(web.days).toEqual((await report()).days);
  });
  it("a component's state now follows its monitors failing now, and a whole-service monitor's every component", async () => {
    const state = async () =>
      Object.fromEntries((await statusPage(context())).services[0]!.components.map((c) => [c.id, [c.state, c.impact]]));
    clock = at('2026-07-10T14:00:00Z');
    // Every location passes: no incident, nothing failing.
    await sweep('dial', '2026-07-10T13:50:00Z', '2026-07-10T14:00:00.001Z', () => false);
    expect(await state()).toEqual({ web: ['operational', 0], calls: ['operational', 0] });
    // One location of three fails dial now: 33%, over SCSS's 10% (partial outage); web is not dial's.
    clock = at('2026-07-10T14:02:00Z');
    await sweep('dial', '2026-07-10T14:00:30Z', '2026-07-10T14:02:00.001Z', (l) => l === 'eu');
    expect(await state()).toEqual({ web: ['operational', 0], calls: ['partial_outage', 1 / 3] });
    // Every location fails: a major outage.
    clock = at('2026-07-10T14:03:00Z');
    await sweep('dial', '2026-07-10T14:02:30Z', '2026-07-10T14:03:00.001Z', () => true);
    expect((await state()).calls).toEqual(['major_outage', 1]);
    const html = await app.inject({ method: 'GET', url: '/status' });
    expect(html.body).toContain('<span class="state s-major_outage">Major outage</span>');
    // A monitor of the whole service (no component) failing at two locations of three: every component of it.
    await ok('admin', 'POST', '/monitors', {
      id: 'gateway',
      serviceId: 'api',
      name: 'gateway',
      config: { type: 'http', url: 'http://127.0.0.1:9/gateway', timeoutMs: 2_000 },
      intervalSeconds: 30,
      locations: LOCATIONS,
    });
    await sweep('gateway', '2026-07-10T14:02:00Z', '2026-07-10T14:03:00.001Z', (l) => l !== 'ap');
    expect(await state()).toEqual({ web: ['partial_outage', 2 / 3], calls: ['major_outage', 1] });
    // Acme's private page (its contract covers web) shows web's state as the public page does.
    const own = await app.inject({
      method: 'GET',
      url: '/customers/acme/status-page',
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('<span class="state s-partial_outage">Partial outage</span>');
    // Recovered: every location of both passes again.
    clock = at('2026-07-10T14:04:00Z');
    await sweep('dial', '2026-07-10T14:03:30Z', '2026-07-10T14:04:00.001Z', () => false);
    await sweep('gateway', '2026-07-10T14:03:30Z', '2026-07-10T14:04:00.001Z', () => false);
    expect(await state()).toEqual({ web: ['operational', 0], calls: ['operational', 0] });
  });
  it("a whole-service monitor's outages count on every component of its service and a request-count monitor's on its component, as in the report", async () => {
    clock = at('2026-07-10T15:00:00Z');
    const before = await page();
    // Kept days: the late inputs below must drop the days they change.
    expect(before.days[21]).toBe(0);
    expect(before.days[23]).toBe(0);
    // 22 Jun 10:00–10:06, pushed on 10 Jul: the gateway (the whole api service, created above) fails everywhere.
    await sweep('gateway', '2026-06-22T09:55:00Z', '2026-06-22T10:15:00Z', (_l, t) =>
      between(t, '2026-06-22T10:00:00Z', '2026-06-22T10:06:00Z'),
    );
    // A request-count monitor of web: 24 Jun 10:00–10:02 half, then a fifth of requests fail (over SCSS's 10%),
    // 10:02–10:03 5% (under it); 25 Jun one minute at 50% (60 s: an outage); 26 Jun 30 s at 100% (under 60 s).
    const created = await ok('admin', 'POST', '/monitors', {
      id: 'orders',
      serviceId: 'api',
      componentId: 'web',
      name: 'orders',
      config: { type: 'requests' },
    });
    const counts = [
      ['2026-06-24T09:59:00Z', '2026-06-24T10:00:00Z', 100, 0],
      ['2026-06-24T10:00:00Z', '2026-06-24T10:01:00Z', 100, 50],
      ['2026-06-24T10:01:00Z', '2026-06-24T10:02:00Z', 100, 20],
      ['2026-06-24T10:02:00Z', '2026-06-24T10:03:00Z', 100, 5],
      ['2026-06-25T10:00:00Z', '2026-06-25T10:01:00Z', 10, 5],
      ['2026-06-26T10:00:00Z', '2026-06-26T10:00:30Z', 10, 10],
    ].map(([start, end, total, failed]) => ({ start, end, total, failed }));
    const posted = await app.inject({
      method: 'POST',
      url: '/monitors/orders/request-counts',
      headers: { authorization: `Bearer ${created.pushToken}` },
      payload: { counts },
    });
    expect(posted.statusCode).toBe(200);

    const expected = await report();
    expect(expected.days[21]).toBe(6 * 60_000);
    expect(expected.days[23]).toBe(2 * 60_000);
    expect(expected.days[24]).toBe(60_000);
    expect(expected.days[25]).toBe(0);
    const measured = await page();
    expect(measured.days).toEqual(expected.days);
    expect(measured.uptime).toBe(expected.uptime);
    // The gateway's outage is on calls too; the request-count monitor is web's alone.
    const calls = (await statusPage(context())).services[0]!.components.find((c) => c.id === 'calls')!;
    const june = (d: number) =>
      calls.days.find((s) => s.start === at('2026-06-01T00:00:00Z') + (d - 1) * DAY)!.outageMs;
    expect([june(22), june(24)]).toEqual([6 * 60_000, 0]);

    // A correction posted later (24 Jun: nothing failed after all) drops the kept day, on the page as in the report.
    const corrected = await app.inject({
      method: 'POST',
      url: '/monitors/orders/request-counts',
      headers: { authorization: `Bearer ${created.pushToken}` },
      payload: {
        counts: counts.slice(1, 3).map((c) => ({ ...c, failed: 0 })),
      },
    });
    expect(corrected.statusCode).toBe(200);
    const after = await report();
    expect(after.days[23]).toBe(0);
    expect((await page()).days).toEqual(after.days);
  });

  it("a request-count monitor's latest interval speaks for its component now, until the next one is overdue", async () => {
    const web = async () => {
      const c = (await statusPage(context())).services[0]!.components.find((x) => x.id === 'web')!;
      return [c.state, c.impact];
    };
    const { pushToken } = await ok('admin', 'POST', '/monitors', {
      id: 'checkout',
      serviceId: 'api',
      componentId: 'web',
      name: 'checkout',
      config: { type: 'requests' },
    });
    const push = async (start: string, end: string, total: number, failed: number) => {
      const r = await app.inject({
        method: 'POST',
        url: '/monitors/checkout/request-counts',
        headers: { authorization: `Bearer ${pushToken}` },
        payload: { counts: [{ start, end, total, failed }] },
      });
      expect(r.statusCode).toBe(200);
    };
    clock = at('2026-07-10T15:00:10Z');
    await push('2026-07-10T14:58:00Z', '2026-07-10T14:59:00Z', 100, 0);
    await push('2026-07-10T14:59:00Z', '2026-07-10T15:00:00Z', 100, 30);
    // 30% of requests failed in the last minute: over the contract's 10%, a partial outage of web (not of calls).
    expect(await web()).toEqual(['partial_outage', 0.3]);
    // The next minute without failures supersedes it.
    clock = at('2026-07-10T15:01:10Z');
    await push('2026-07-10T15:00:00Z', '2026-07-10T15:01:00Z', 100, 0);
    expect(await web()).toEqual(['operational', 0]);
    // A failing minute whose successor is overdue by more than a minute is no data, not an outage now.
    await push('2026-07-10T15:01:00Z', '2026-07-10T15:02:00Z', 100, 100);
    clock = at('2026-07-10T15:02:30Z');
    expect(await web()).toEqual(['major_outage', 1]);
    clock = at('2026-07-10T15:03:30Z');
    expect(await web()).toEqual(['operational', 0]);
  });
});
