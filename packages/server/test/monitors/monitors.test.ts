import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../../src/api/app.js';
import { SYSTEM, type Principal, type ServiceContext } from '../../src/services/core/service-context.js';
import { recordMissedBeats } from '../../src/services/monitors/heartbeat.js';
import { settleSilentLocations } from '../../src/services/monitors/location-changes.js';
import { pruneSamples } from '../../src/services/monitors/retention.js';
import { HOUR, MINUTE, rollUp } from '../../src/services/monitors/rollups.js';
import { issueToken } from '../../src/services/tokens/api-tokens.js';
import { apiClient } from '../api-client.js';
import { backends, freshStore, skipped, type TestStore } from '../databases.js';
import { uptimeContract } from './uptime-contract.js';

const at = Date.parse;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test JSON is read loosely
const withMs = (value: unknown): any =>
  JSON.parse(JSON.stringify(value), (_k, v) =>
    typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ? new Date(v).toISOString() : v,
  );
const iso = (t: number) => new Date(t).toISOString();

describe.each(backends)('monitors on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = at('2026-06-01T00:00:00Z');
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const client = apiClient(() => app, tokens);
  const call = client.call;
  /** The JSON of a 2xx answer, every instant written with milliseconds (the wire may leave out .000). */
  const ok = async (...args: Parameters<typeof client.ok>) => withMs(await client.ok(...args));
  /** Samples of one location every 30 s over [from, to), failing where `fails(t)`. */
  const sweep = (monitorId: string, from: string, to: string, fails: (t: number) => boolean) => {
    const out = [];
    for (let t = at(from); t < at(to); t += 30_000) out.push({ monitorId, t: iso(t), ok: !fails(t), latencyMs: 12 });
    return out;
  };
  const push = (location: string, samples: object[]) => ok('agent', 'POST', `/probes/${location}/samples`, { samples });

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'probe' })).token;
    await ok('admin', 'POST', '/services', { id: 'api', name: 'API' });
    await ok('admin', 'POST', '/services/api/components', { id: 'web', name: 'Web' });
    await ok('admin', 'POST', '/contracts', { source: uptimeContract });
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('admin', 'PUT', '/customers/acme/contracts/uptime', {});
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('creates, reads, changes and removes monitors; refuses a bad check with where and what', async () => {
    const created = await call('admin', 'POST', '/monitors', {
      id: 'web-home',
      serviceId: 'api',
      componentId: 'web',
      name: 'Home page',
      config: { type: 'http', url: 'http://127.0.0.1:9/', keyword: 'Welcome' },
      intervalSeconds: 30,
      locations: ['eu', 'us', 'ap'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/monitors/web-home');
    expect(withMs(created.json())).toMatchObject({
      id: 'web-home',
      componentId: 'web',
      config: { type: 'http', method: 'GET', keyword: 'Welcome', timeoutMs: 10_000 },
      intervalSeconds: 30,
      locations: ['eu', 'us', 'ap'],
      createdAt: '2026-06-01T00:00:00.000Z',
      pushToken: null,
    });
    const bad = await call('admin', 'POST', '/monitors', {
      id: 'bad',
      serviceId: 'api',
      name: 'Bad',
      config: { type: 'http', url: 'not a url' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('url');
    const unknown = await call('admin', 'POST', '/monitors', {
      id: 'nowhere',
      serviceId: 'api',
      componentId: 'nope',
      name: 'x',
      config: { type: 'tcp', host: '127.0.0.1', port: 9 },
    });
    expect([unknown.statusCode, unknown.json().field]).toEqual([404, '/componentId']);
    expect((await call('agent', 'POST', '/monitors', { id: 'x' })).statusCode).toBe(422);
    await ok('admin', 'POST', '/monitors', {
      id: 'tmp',
      serviceId: 'api',
      name: 'Temporary',
      config: { type: 'tcp', host: '127.0.0.1', port: 9 },
    });
    expect(await ok('admin', 'PATCH', '/monitors/tmp', { intervalSeconds: 10 })).toMatchObject({
      intervalSeconds: 10,
      locations: ['local'],
    });
    const retype = await call('admin', 'PATCH', '/monitors/tmp', { config: { type: 'dns', name: 'x.test' } });
    expect(retype.statusCode).toBe(422);
    expect((await ok('admin', 'GET', '/monitors?serviceId=api')).items.map((m: { id: string }) => m.id)).toEqual([
      'tmp',
      'web-home',
    ]);
    expect((await call('admin', 'DELETE', '/monitors/tmp')).statusCode).toBe(204);
    expect((await call('admin', 'GET', '/monitors/tmp')).statusCode).toBe(404);
    // The location's probe is assigned the monitor.
    const assigned = await ok('agent', 'GET', '/probes/eu/assignments?member=eu-1');
    expect(assigned.assignments.map((a: { monitorId: string }) => a.monitorId)).toEqual(['web-home']);
    expect(assigned.members).toEqual(['eu-1']);
    // Asked again with the revision it holds, the probe is told only that nothing changed; any write to a monitor
    // (here a PATCH of its interval, then back) raises the revision and the checks come again.
    const again = await ok('agent', 'GET', `/probes/eu/assignments?member=eu-1&revision=${assigned.revision}`);
    expect(again).toEqual({ revision: assigned.revision, members: ['eu-1'] });
    await ok('admin', 'PATCH', '/monitors/web-home', { intervalSeconds: 20 });
    const changed = await ok('agent', 'GET', `/probes/eu/assignments?member=eu-1&revision=${assigned.revision}`);
    expect(changed.revision).toBeGreaterThan(assigned.revision);
    expect(changed.assignments).toEqual([expect.objectContaining({ monitorId: 'web-home', intervalMs: 20_000 })]);
    await ok('admin', 'PATCH', '/monitors/web-home', { intervalSeconds: 30 });
  });

  it('three locations disagreeing: impact = failing / reporting, outages by the contract rule, shown on its report', async () => {
    // eu fails 10:00–10:05, us fails 10:02–10:07 (two of three from 10:02 to 10:05), ap never fails.
    const inside = (from: string, to: string) => (t: number) => t >= at(from) && t < at(to);
    await push(
      'eu',
      sweep(
        'web-home',
        '2026-06-02T09:55:00Z',
        '2026-06-02T10:20:00Z',
        inside('2026-06-02T10:00:00Z', '2026-06-02T10:05:00Z'),
      ),
    );
    await push(
      'us',
      sweep(
        'web-home',
        '2026-06-02T09:55:00Z',
        '2026-06-02T10:20:00Z',
        inside('2026-06-02T10:02:00Z', '2026-06-02T10:07:00Z'),
      ),
    );
    clock = at('2026-06-02T10:20:00Z');
    await push(
      'ap',
      sweep('web-home', '2026-06-02T09:55:00Z', '2026-06-02T10:20:00Z', () => false),
    );
    const status = await ok('admin', 'GET', '/monitors/web-home/status');
    expect(status).toMatchObject({ state: 'up', failing: 0, reporting: 3 });
    expect(status.locations.map((l: { location: string }) => l.location).sort()).toEqual(['ap', 'eu', 'us']);

    // Until a source is chosen, declared incidents rule: nothing was declared, so no outage.
    const before = await ok('admin', 'GET', '/customers/acme/availability?contractId=uptime&period=2026-06');
    expect(before.source).toMatchObject({ rules: 'incidents', components: [] });
    expect(before.time.outages).toEqual([]);
    expect(
      await ok('admin', 'PUT', '/customers/acme/contracts/uptime/availability-source', {
        rules: 'monitors',
        components: [{ serviceId: 'api', componentId: 'web' }],
      }),
    ).toMatchObject({ rules: 'monitors', updatedAt: iso(clock) });
    const report = await ok('admin', 'GET', '/customers/acme/availability?contractId=uptime&period=2026-06');
    expect(report.source).toMatchObject({ rules: 'monitors', components: [{ serviceId: 'api', componentId: 'web' }] });
    // At 10% one failing location of three (33%) is an outage: 10:00 until every location recovers at 10:07.
    expect(report.time.counted).toEqual([{ start: '2026-06-02T10:00:00.000Z', end: '2026-06-02T10:07:00.000Z' }]);
  });

  it('a silent location is no data, never up; a late batch puts its changes at their real instants', async () => {
    // ap stops reporting at 10:19:30; eu and us go on, both failing from 10:30.
    clock = at('2026-06-02T10:40:00Z');
    const failing = (t: number) => t >= at('2026-06-02T10:30:00Z');
    await push('eu', sweep('web-home', '2026-06-02T10:20:00Z', '2026-06-02T10:40:00Z', failing));
    await push('us', sweep('web-home', '2026-06-02T10:20:00Z', '2026-06-02T10:40:00Z', failing));
    const status = await ok('admin', 'GET', '/monitors/web-home/status');
    // ap's last sample was at 10:19:30; it fell silent 75 s (2.5 × 30 s) later: 2 reporting, both failing now.
    expect(status).toMatchObject({ state: 'down', failing: 2, reporting: 2, since: '2026-06-02T10:30:00.000Z' });
    const changes = await store.db
      .selectFrom('monitor_changes')
      .select(['at', 'failing', 'reporting'])
      .where('at', '>=', at('2026-06-02T10:19:00Z'))
      .orderBy('at')
      .execute();
    expect(changes.map((c) => [iso(c.at), c.failing, c.reporting])).toEqual([
      ['2026-06-02T10:20:45.000Z', 0, 2],
      ['2026-06-02T10:30:00.000Z', 2, 2],
    ]);
    // ap's buffer arrives late: it saw the service up all along. Now 2 of 3 fail from 10:30, and ap never fell silent.
    await push(
      'ap',
      sweep('web-home', '2026-06-02T10:20:00Z', '2026-06-02T10:40:00Z', () => false),
    );
    expect(await ok('admin', 'GET', '/monitors/web-home/status')).toMatchObject({
      state: 'degraded',
      failing: 2,
      reporting: 3,
    });
    // Everyone falls silent: the silence is recorded when noticed, at the instant it began.
    clock = at('2026-06-02T11:00:00Z');
    await settleSilentLocations(context());
    expect(await ok('admin', 'GET', '/monitors/web-home/status')).toMatchObject({
      state: 'no_data',
      reporting: 0,
      since: '2026-06-02T10:40:45.000Z',
    });
  });

  it('rollups per minute, hour and day; outages keep their real start and end after raw samples are dropped', async () => {
    clock = at('2026-06-03T00:10:00Z');
    await rollUp(context());
    const minutes = await store.db
      .selectFrom('monitor_rollups')
      .selectAll()
      .where('size', '=', MINUTE)
      .where('start', '=', at('2026-06-02T10:01:00Z'))
      .executeTakeFirstOrThrow();
    // 10:01: eu fails (2 checks), us and ap pass (4): impact 1/3 for the whole minute.
    expect(minutes).toMatchObject({ checks: 6, failed: 2, impact_ms: 20_000, no_data_ms: 0 });
    const hour = await store.db
      .selectFrom('monitor_rollups')
      .selectAll()
      .where('size', '=', HOUR)
      .where('start', '=', at('2026-06-02T10:00:00Z'))
      .executeTakeFirstOrThrow();
    expect(hour.checks).toBe(240); // 3 locations × 2 a minute × 40 minutes
    expect(hour.no_data_ms).toBe(at('2026-06-02T11:00:00Z') - at('2026-06-02T10:40:45Z'));
    const days = await ok('admin', 'GET', '/monitors/web-home/days?days=3');
    expect(days.items.map((d: { day: string }) => d.day)).toEqual(['2026-06-02']);
    // 3 locations from 09:55 to 10:40, 2 a minute; eu and us failed 5 minutes each, then 10 minutes each from 10:30.
    expect(days.items[0]).toMatchObject({ checks: 270, failed: 60 });
    // Eight days later raw samples are gone; the report still finds the outage at its real instants.
    clock = at('2026-06-10T00:10:00Z');
    expect(await pruneSamples(context(), 7)).toBeGreaterThan(0);
    expect(await store.db.selectFrom('monitor_samples').select('t').execute()).toEqual([]);
    const report = await ok('admin', 'GET', '/customers/acme/availability?contractId=uptime&period=2026-06');
    expect(report.time.counted[0]).toEqual({ start: '2026-06-02T10:00:00.000Z', end: '2026-06-02T10:07:00.000Z' });
  });

  it('heartbeats: a job beats with its push token; a missed beat is a failure from when it was due', async () => {
    clock = at('2026-06-11T00:00:00Z');
    const created = await ok('admin', 'POST', '/monitors', {
      id: 'nightly',
      serviceId: 'api',
      name: 'Nightly export',
      config: { type: 'heartbeat', graceMs: 60_000 },
      intervalSeconds: 3600,
    });
    expect(created.pushToken).toMatch(/^smp_/);
    expect(created.locations).toEqual(['push']);
    const beat = (token: string) =>
      app.inject({ method: 'POST', url: '/monitors/nightly/heartbeat', headers: { authorization: `Bearer ${token}` } });
    expect((await beat(tokens.admin!)).statusCode).toBe(401);
    clock = at('2026-06-11T00:30:00Z');
    expect(withMs((await beat(created.pushToken)).json())).toEqual({
      monitorId: 'nightly',
      at: '2026-06-11T00:30:00.000Z',
    });
    clock = at('2026-06-11T01:30:59Z');
    expect(await recordMissedBeats(context())).toBe(0); // due at 01:30, grace until 01:31
    clock = at('2026-06-11T01:31:00Z');
    expect(await recordMissedBeats(context())).toBe(1);
    expect(await ok('admin', 'GET', '/monitors/nightly/status')).toMatchObject({
      state: 'down',
      since: '2026-06-11T01:31:00.000Z',
      locations: [{ location: 'push', ok: false, error: 'no beat since 2026-06-11T00:30:00.000Z' }],
    });
    expect(await recordMissedBeats(context())).toBe(0); // recorded once
    clock = at('2026-06-11T01:40:00Z');
    await beat(created.pushToken);
    expect(await ok('admin', 'GET', '/monitors/nightly/status')).toMatchObject({ state: 'up' });
  });

  it('request counts: posted good/total per interval rule a request-based contract', async () => {
    const created = await ok('admin', 'POST', '/monitors', {
      id: 'auth-requests',
      serviceId: 'api',
      componentId: 'web',
      name: 'Authentications',
      config: { type: 'requests' },
    });
    const post = (body: object) =>
      app.inject({
        method: 'POST',
        url: '/monitors/auth-requests/request-counts',
        headers: { authorization: `Bearer ${created.pushToken}` },
        payload: body,
      });
    const okPost = await post({
      counts: [
        { start: '2026-06-11T00:00:00Z', end: '2026-06-11T01:00:00Z', total: 1000, failed: 4 },
        { start: '2026-06-11T01:00:00Z', end: '2026-06-11T02:00:00Z', total: 1000, failed: 6 },
      ],
    });
    expect(okPost.json()).toEqual({ accepted: 2 });
    const bad = await post({
      counts: [{ start: '2026-06-11T03:00:00Z', end: '2026-06-11T04:00:00Z', total: 1, failed: 2 }],
    });
    expect([bad.statusCode, bad.json().field]).toEqual([422, '/counts/0/failed']);
    const rows = await store.db.selectFrom('monitor_request_counts').select(['total', 'failed']).execute();
    expect(rows.map((r) => [Number(r.total), Number(r.failed)])).toEqual([
      [1000, 4],
      [1000, 6],
    ]);
  });
});
