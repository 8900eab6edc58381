import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../../src/api/app.js';
import { SYSTEM, type Principal, type ServiceContext } from '../../src/services/core/service-context.js';
import { alertOnStateChanges } from '../../src/services/monitors/alerts.js';
import { recordMissedBeats } from '../../src/services/monitors/heartbeat.js';
import { issueToken } from '../../src/services/tokens/api-tokens.js';
import { runCheck } from '../../src/worker/checks/probe-checks.js';
import type { ProbeConfig } from '../../src/services/monitors/monitor-config.js';
import { apiClient } from '../api-client.js';
import { backends, freshStore, skipped, type TestStore } from '../databases.js';
import { httpTarget, type HttpTarget } from './targets.js';

const at = Date.parse;
const iso = (t: number) => new Date(t).toISOString();
const T = at('2026-07-01T10:00:00Z');
const S = 1_000;

// State changes of a monitor measured from three locations against a real HTTP target on 127.0.0.1: one location's
// failure pages nobody, a second location confirms and a published incident notifies the designated contact through
// the outbox, recovery resolves it; maintenance of the component is measured but never alerted; a draft waits for
// staff to publish it; a monitor with one location is confirmed by its own second check.
describe.each(backends)('monitor alerts on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let target: HttpTarget;
  let clock = T;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { ok } = apiClient(() => app, tokens);
  const evaluate = () => alertOnStateChanges(context());

  /** Each location runs the real check against the target, failing or not as told, for the slot `t`. */
  const probe = async (monitorId: string, t: number, locations: Record<string, 'fail' | 'pass'>) => {
    clock = t;
    const monitor = await ok('admin', 'GET', `/monitors/${monitorId}`);
    for (const [location, outcome] of Object.entries(locations)) {
      target.failing = outcome === 'fail';
      const result = await runCheck(monitor.config as ProbeConfig, Date.now);
      expect(result.ok).toBe(outcome === 'pass');
      await ok('agent', 'POST', `/probes/${location}/samples`, { samples: [{ monitorId, t: iso(t), ...result }] });
    }
    target.failing = false;
  };
  const incidents = async () => (await ok('admin', 'GET', '/incidents')).items;
  const emails = (kind: string) =>
    store.db.selectFrom('outbox_messages').select(['recipient', 'subject']).where('kind', '=', kind).execute();
  const alerts = async (monitorId: string) => (await ok('admin', 'GET', `/monitors/${monitorId}/alerts`)).items;

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    target = await httpTarget();
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'probe' })).token;
    await ok('admin', 'POST', '/services', { id: 'api', name: 'API' });
    await ok('admin', 'POST', '/services/api/components', { id: 'web', name: 'Web' });
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('admin', 'POST', '/customers/acme/contacts', {
      name: 'Sam SME',
      email: 'sme@acme.test',
      designated: true,
    });
    await ok('admin', 'POST', '/monitors', {
      id: 'home',
      serviceId: 'api',
      componentId: 'web',
      name: 'Home page',
      config: { type: 'http', url: `${target.url}/health`, timeoutMs: 2_000 },
      intervalSeconds: 30,
      locations: ['eu', 'us', 'ap'],
      incidents: 'published',
    });
  });
  afterAll(async () => {
    await target?.close();
    await app?.close();
    await store?.close();
  });

  it("one location's failure pages nobody; a second location confirms, publishes and notifies; recovery resolves", async () => {
    await probe('home', T, { eu: 'pass', us: 'pass', ap: 'pass' });
    expect(await evaluate()).toEqual({ opened: 0, resolved: 0 });
    // 10:00:30 eu alone fails: measured (1 of 3 failing), but a hiccup of one probe is nobody's page.
    await probe('home', T + 30 * S, { eu: 'fail', us: 'pass', ap: 'pass' });
    expect(await ok('admin', 'GET', '/monitors/home/status')).toMatchObject({ state: 'degraded', failing: 1 });
    expect(await evaluate()).toEqual({ opened: 0, resolved: 0 });
    expect(await incidents()).toEqual([]);
    expect(await emails('incident.investigating')).toEqual([]);
    // 10:01:00 us confirms: a published incident for the monitor's component, and the designated contact is told.
    // Two processes confirming it at once open it once.
    await probe('home', T + 60 * S, { eu: 'fail', us: 'fail', ap: 'pass' });
    const both = await Promise.all([evaluate(), evaluate()]);
    expect(both.map((r) => r.opened).sort()).toEqual([0, 1]);
    expect(await evaluate()).toEqual({ opened: 0, resolved: 0 }); // once
    const [incident] = await incidents();
    expect(incident).toMatchObject({ title: 'Home page failing', status: 'investigating', resolvedAt: null });
    expect(incident.updates[0]).toMatchObject({
      fraction: 2 / 3,
      components: [{ serviceId: 'api', componentId: 'web' }],
    });
    expect(incident.updates[0].text).toContain('since 2026-07-01T10:00:30.000Z');
    expect(await emails('incident.investigating')).toEqual([
      { recipient: 'sme@acme.test', subject: '[investigating] Incident: Home page failing' },
    ]);
    const [alert] = await alerts('home');
    expect(alert).toMatchObject({
      startedAt: '2026-07-01T10:00:30.000Z', // its real start: when eu began failing
      confirmedAt: '2026-07-01T10:01:00.000Z',
      resolvedAt: null,
      mode: 'published',
      incidentId: incident.id,
      failing: 2,
      reporting: 3,
    });
    // 10:01:30 one location still fails: still open. 10:02:00 every location passes: resolved at that instant.
    await probe('home', T + 90 * S, { eu: 'fail', us: 'pass', ap: 'pass' });
    expect(await evaluate()).toEqual({ opened: 0, resolved: 0 });
    await probe('home', T + 120 * S, { eu: 'pass', us: 'pass', ap: 'pass' });
    expect(await evaluate()).toEqual({ opened: 0, resolved: 1 });
    expect((await incidents())[0]).toMatchObject({ status: 'resolved', resolvedAt: '2026-07-01T10:02:00.000Z' });
    expect((await alerts('home'))[0].resolvedAt).toBe('2026-07-01T10:02:00.000Z');
    expect(await emails('incident.resolved')).toHaveLength(1);
  });

  it('maintenance of the component: measured, never alerted; a failure outlasting it is confirmed after it', async () => {
    clock = T + 10 * 60 * S;
    await ok('admin', 'POST', '/maintenance', {
      serviceId: 'api',
      componentId: 'web',
      start: '2026-07-01T11:00:00Z',
      end: '2026-07-01T11:30:00Z',
      reason: 'database upgrade',
      noticeAt: iso(clock),
    });
    const before = (await incidents()).length;
    for (let t = at('2026-07-01T11:10:00Z'); t < at('2026-07-01T11:30:00Z'); t += 30 * S) {
      await probe('home', t, { eu: 'fail', us: 'fail', ap: 'fail' });
      expect(await evaluate()).toEqual({ opened: 0, resolved: 0 });
    }
    // Measured all along: down since 11:10, every sample stored.
    expect(await ok('admin', 'GET', '/monitors/home/status')).toMatchObject({
      state: 'down',
      failing: 3,
      since: '2026-07-01T11:10:00.000Z',
    });
    const stored = await store.db
      .selectFrom('monitor_samples')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('t', '>=', at('2026-07-01T11:10:00Z'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(40 * 3);
    expect(await incidents()).toHaveLength(before);
    // 11:30:00 the maintenance is over and the service is still down: now it is an incident, from its real start.
    await probe('home', at('2026-07-01T11:30:00Z'), { eu: 'fail', us: 'fail', ap: 'fail' });
    expect(await evaluate()).toEqual({ opened: 1, resolved: 0 });
    expect((await alerts('home'))[0]).toMatchObject({ startedAt: '2026-07-01T11:10:00.000Z', mode: 'published' });
    await probe('home', at('2026-07-01T11:30:30Z'), { eu: 'pass', us: 'pass', ap: 'pass' });
    expect(await evaluate()).toEqual({ opened: 0, resolved: 1 });
  });

  it('a draft is kept for staff and tells nobody until published', async () => {
    expect(await ok('admin', 'PATCH', '/monitors/home', { incidents: 'draft' })).toMatchObject({ incidents: 'draft' });
    const incidentsBefore = (await incidents()).length;
    const emailsBefore = (await emails('incident.investigating')).length;
    await probe('home', at('2026-07-01T12:00:00Z'), { eu: 'fail', us: 'fail', ap: 'pass' });
    expect(await evaluate()).toEqual({ opened: 1, resolved: 0 });
    const [draft] = await alerts('home');
    expect(draft).toMatchObject({ mode: 'draft', incidentId: null, startedAt: '2026-07-01T12:00:00.000Z' });
    expect(await incidents()).toHaveLength(incidentsBefore);
    expect(await emails('incident.investigating')).toHaveLength(emailsBefore);
    // The failure ends before anyone looked; publishing then opens the incident and resolves it at its real end.
    await probe('home', at('2026-07-01T12:00:30Z'), { eu: 'pass', us: 'pass', ap: 'pass' });
    expect(await evaluate()).toEqual({ opened: 0, resolved: 1 });
    clock = at('2026-07-01T12:05:00Z');
    const published = await ok('admin', 'POST', `/monitors/home/alerts/${draft.id}/publish`);
    expect(published).toMatchObject({ mode: 'published', resolvedAt: '2026-07-01T12:00:30.000Z' });
    expect((await incidents())[0]).toMatchObject({ id: published.incidentId, status: 'resolved' });
    expect(await emails('incident.investigating')).toHaveLength(emailsBefore + 1);
    const again = await apiClient(() => app, tokens).call('admin', 'POST', `/monitors/home/alerts/${draft.id}/publish`);
    expect(again.statusCode).toBe(409);
  });

  it('a missed heartbeat opens its alert at once: no probe to confirm', async () => {
    clock = at('2026-07-01T14:00:00Z');
    const created = await ok('admin', 'POST', '/monitors', {
      id: 'nightly',
      serviceId: 'api',
      componentId: 'web',
      name: 'Nightly export',
      config: { type: 'heartbeat', graceMs: 60_000 },
      intervalSeconds: 3600,
      incidents: 'draft',
    });
    await app.inject({
      method: 'POST',
      url: '/monitors/nightly/heartbeat',
      headers: { authorization: `Bearer ${created.pushToken}` },
    });
    clock = at('2026-07-01T15:01:00Z'); // due at 15:00, grace until 15:01
    expect(await recordMissedBeats(context())).toBe(1);
    expect(await evaluate()).toEqual({ opened: 1, resolved: 0 });
    expect((await alerts('nightly'))[0]).toMatchObject({ startedAt: '2026-07-01T15:01:00.000Z', failing: 1 });
  });

  it('one location: its own second failing check confirms', async () => {
    await ok('admin', 'POST', '/monitors', {
      id: 'solo',
      serviceId: 'api',
      componentId: 'web',
      name: 'Solo',
      config: { type: 'http', url: `${target.url}/health`, timeoutMs: 2_000 },
      intervalSeconds: 30,
      locations: ['eu'],
      incidents: 'draft',
    });
    await probe('solo', at('2026-07-01T13:00:00Z'), { eu: 'pass' });
    await probe('solo', at('2026-07-01T13:00:30Z'), { eu: 'fail' });
    expect(await evaluate()).toEqual({ opened: 0, resolved: 0 });
    await probe('solo', at('2026-07-01T13:01:00Z'), { eu: 'fail' });
    expect(await evaluate()).toEqual({ opened: 1, resolved: 0 });
    expect((await alerts('solo'))[0]).toMatchObject({ startedAt: '2026-07-01T13:00:30.000Z', failing: 1 });
  });
});
