import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { statusPage } from '../src/services/status/status-page.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// A 24x7 UTC contract: an outage is 10% or more of users for 60 s or more (as TechJutsu §2.1 words it).
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe.each(backends)('status page, incidents, feeds and subscriptions on %s', (backend) => {
  let store: TestStore;
  let app: Api;
  let clock = at('2026-07-10T09:00:00Z');
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  let admin = '';
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const r = await call(method, url, payload);
    if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.json();
  };
  const form = (url: string, body: string) =>
    app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  const outbox = async () =>
    store.db.selectFrom('outbox_messages').selectAll().orderBy('created_at').orderBy('id').execute();
  const component = (p: Awaited<ReturnType<typeof statusPage>>, s: string, c: string) =>
    p.services.find((x) => x.id === s)!.components.find((x) => x.id === c)!;

  beforeAll(async () => {
    if (skipped(backend)) return;
    store = await freshStore(backend, () => clock, { publicUrl: 'https://status.example.test' });
    app = await buildApp({ context });
    admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await ok('POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('POST', '/contracts', { source: contract });
    await ok('PUT', '/customers/acme/contracts/plain', {});
    await ok('POST', '/customers/acme/contacts', { name: 'Sam SME', email: 'sme@acme.test', designated: true });
    await ok('POST', '/services', { id: 'voice', name: 'Voice', description: 'Call routing and its API' });
    await ok('POST', '/services/voice/components', { id: 'api', name: 'REST API' });
    await ok('POST', '/services/voice/components', { id: 'routing', name: 'Call routing' });
    await ok('POST', '/services', { id: 'web', name: 'Web' });
    await ok('POST', '/services/web/components', { id: 'portal', name: 'Portal' });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it.skipIf(skipped(backend))(
    'an incident lives through its updates; its impact feeds state, uptime and availability',
    async () => {
      clock = at('2026-07-10T10:00:00Z');
      const opened = await ok('POST', '/incidents', {
        title: 'API errors',
        status: 'investigating',
        text: 'Some API calls fail.',
        fraction: 0.05,
        components: [{ serviceId: 'voice', componentId: 'api' }],
      });
      expect(opened).toMatchObject({ status: 'investigating', resolvedAt: null });
      expect(Date.parse(opened.openedAt)).toBe(at('2026-07-10T10:00:00Z'));
      // 5% is under the contract's 10% threshold: degraded, not an outage.
      expect(component(await statusPage(context()), 'voice', 'api').state).toBe('degraded');

      clock = at('2026-07-10T10:30:00Z');
      await ok('POST', `/incidents/${opened.id}/updates`, {
        status: 'identified',
        text: 'A bad deploy; rolling back.',
        fraction: 0.5,
        components: [{ serviceId: 'voice', componentId: 'api' }],
      });
      clock = at('2026-07-10T11:00:00Z');
      const during = await statusPage(context());
      expect(component(during, 'voice', 'api').state).toBe('partial_outage');
      expect(component(during, 'voice', 'routing').state).toBe('operational');
      expect(during.ongoing.map((i) => i.title)).toEqual(['API errors']);
      // The open incident counts in the contract's availability up to now: 10:30–11:00.
      const open = await ok('GET', '/customers/acme/availability?contractId=plain&period=2026-07');
      expect(open.time.outageMs).toBe(HOUR / 2);

      clock = at('2026-07-10T11:30:00Z');
      const resolved = await ok('POST', `/incidents/${opened.id}/updates`, {
        status: 'resolved',
        text: 'Rolled back; errors stopped at 11:30.',
        fraction: 0,
        components: [{ serviceId: 'voice', componentId: 'api' }],
      });
      expect(Date.parse(resolved.resolvedAt)).toBe(at('2026-07-10T11:30:00Z'));
      expect(resolved.updates.map((u: { status: string }) => u.status)).toEqual([
        'investigating',
        'identified',
        'resolved',
      ]);
      // Each update is read alone by the id the incident's answer gives it.
      expect(resolved.updates.map((u: { id: string }) => u.id)).toEqual(['1', '2', '3']);
      const second = await ok('GET', `/incidents/${opened.id}/updates/2`);
      expect(second).toEqual(resolved.updates[1]);
      expect(second).toMatchObject({
        id: '2',
        status: 'identified',
        fraction: 0.5,
        text: 'A bad deploy; rolling back.',
      });
      for (const url of [
        `/incidents/${opened.id}/updates/4`,
        `/incidents/${opened.id}/updates/02`,
        '/incidents/00000000-0000-4000-8000-000000000000/updates/1',
      ]) {
        const missing = await call('GET', url);
        expect(missing.statusCode).toBe(404);
        expect(missing.headers['content-type']).toContain('application/problem+json');
        expect(missing.json()).toMatchObject({ code: 'not_found', status: 404 });
      }
      // A resolved incident takes no more updates.
      const late = { status: 'monitoring', text: 'late', fraction: 0, components: [] };
      expect((await call('POST', `/incidents/${opened.id}/updates`, late)).statusCode).toBe(409);

      clock = at('2026-07-11T00:00:00Z');
      const after = await statusPage(context());
      const api = component(after, 'voice', 'api');
      expect(api.state).toBe('operational');
      // 10 July (UTC): one hour of outage in 24 → 23/24, as the contract's own report counts it.
      const tenth = api.days.find((d) => d.start === at('2026-07-10T00:00:00Z'))!;
      expect(tenth.outageMs).toBe(HOUR);
      expect(tenth.uptime).toBeCloseTo(23 / 24, 12);
      expect((await ok('GET', '/customers/acme/availability?contractId=plain&period=2026-07')).time.outageMs).toBe(
        HOUR,
      );
      expect(component(after, 'voice', 'routing').days.every((d) => d.outageMs === 0)).toBe(true);
      expect(after.history.map((h) => h.month)).toEqual(['2026-07']);

      // TechJutsu §5.1: the customer's designated contact is told of each update, with time of receipt kept per message.
      const told = (await outbox()).filter((m) => m.recipient === 'sme@acme.test');
      expect(told.map((m) => m.kind)).toEqual(['incident.investigating', 'incident.identified', 'incident.resolved']);
    },
  );

  it.skipIf(skipped(backend))(
    'the page is server-rendered HTML that shows times in UTC without JavaScript',
    async () => {
      clock = at('2026-07-12T08:00:00Z');
      await ok('POST', '/maintenance', {
        serviceId: 'web',
        componentId: 'portal',
        start: '2026-07-19T18:00:00Z',
        end: '2026-07-19T20:00:00Z',
        reason: 'Database upgrade',
      });
      const r = await app.inject({ url: '/status' });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      const html = r.body;
      expect(html).toContain('All systems operational');
      expect(html).toContain('<h2 id="svc-voice">Voice</h2>');
      expect(html).toContain('Database upgrade');
      expect(html).toContain('<time datetime="2026-07-19T18:00:00.000Z" data-local>19 Jul 2026, 18:00 UTC</time>');
      expect(html).toContain('an outage is 10% or more of users impaired for 60 s or more');
      expect(html).toContain('API errors');
      expect((html.match(/class="bars"/g) ?? []).length).toBe(3);
    },
  );

  it.skipIf(skipped(backend))('RSS, Atom and iCalendar parse with real parsers', async () => {
    const xml = new XMLParser({ ignoreAttributes: false });
    const rss = xml.parse((await app.inject({ url: '/status/feed.rss' })).body);
    const titles = ([] as { title: string }[]).concat(rss.rss.channel.item).map((i) => i.title);
    expect(titles).toContain('[resolved] API errors');
    expect(titles).toContain('[maintenance scheduled] Database upgrade');
    const atom = xml.parse((await app.inject({ url: '/status/feed.atom' })).body);
    expect(([] as unknown[]).concat(atom.feed.entry)).toHaveLength(titles.length);

    const ics = await app.inject({ url: '/status/maintenance.ics' });
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(ics.body)).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('Maintenance: Database upgrade');
    expect(events[0]!.start.toISOString()).toBe('2026-07-19T18:00:00.000Z');
    expect(events[0]!.end!.toISOString()).toBe('2026-07-19T20:00:00.000Z');
  });

  it.skipIf(skipped(backend))(
    'subscriptions: double opt-in, notices per component, one-click unsubscribe',
    async () => {
      clock = at('2026-07-13T08:00:00Z');
      const asked = await form('/status/subscriptions', 'email=Reader%40example.test&component=voice%2Fapi');
      expect(asked.statusCode).toBe(200);
      expect(asked.body).toContain('Check your email');
      const confirmMail = (await outbox()).find((m) => m.kind === 'subscription.confirm')!;
      expect(confirmMail.recipient).toBe('reader@example.test');
      const link = /https:\/\/status\.example\.test(\/status\/subscriptions\/[\w-]+\/confirm)/.exec(
        confirmMail.text_body,
      )!;

      const incident = (text: string) =>
        ok('POST', '/incidents', {
          title: text,
          status: 'investigating',
          text,
          fraction: 0.2,
          components: [{ serviceId: 'voice', componentId: null }],
        });
      const sentTo = async (title: string) =>
        (await outbox()).filter((m) => m.subject.endsWith(title)).map((m) => m.recipient);

      // Not confirmed yet: nothing but the confirmation request goes to the address.
      await incident('Before confirming');
      expect(await sentTo('Before confirming')).toEqual(['sme@acme.test']);

      // Following the link only asks; its button confirms.
      expect((await app.inject({ url: link[1]! })).body).toContain('<form method="post"');
      expect((await form(link[1]!, '')).body).toContain('Subscribed');
      await incident('After confirming');
      expect((await sentTo('After confirming')).sort()).toEqual(['reader@example.test', 'sme@acme.test']);
      const notice = (await outbox()).find(
        (m) => m.subject.endsWith('After confirming') && m.recipient === 'reader@example.test',
      )!;
      const headers = JSON.parse(notice.headers) as Record<string, string>;
      expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      const unsubscribe = /^<https:\/\/status\.example\.test(\/status\/subscriptions\/[\w-]+\/unsubscribe)>$/.exec(
        headers['List-Unsubscribe']!,
      )!;

      // RFC 8058 one-click: the mail client posts List-Unsubscribe=One-Click, no sign-in, no further page.
      expect((await form(unsubscribe[1]!, 'List-Unsubscribe=One-Click')).statusCode).toBe(200);
      await incident('After unsubscribing');
      expect(await sentTo('After unsubscribing')).toEqual(['sme@acme.test']);
      expect((await form('/status/subscriptions', 'email=not-an-address&component=voice%2Fapi')).statusCode).toBe(400);
    },
  );

  it.skipIf(skipped(backend))(
    'an incident already over is recorded in one call: resolved at its end, its impact exactly then, told to no one',
    async () => {
      // The incidents the tests before left open are resolved first, so that this one's impact is seen alone.
      clock = at('2026-07-20T12:00:00Z');
      for (const open of (await ok('GET', '/incidents?open=true')).items)
        await ok('POST', `/incidents/${open.id}/updates`, {
          status: 'resolved',
          text: 'x',
          fraction: 0,
          components: [],
        });
      clock = at('2026-07-22T12:00:00Z');
      const outage = async () =>
        (await ok('GET', '/customers/acme/availability?contractId=plain&period=2026-07')).time.outageMs as number;
      const before = await outage();
      const messages = (await outbox()).length;
      const over = await ok('POST', '/incidents', {
        title: 'Portal down',
        text: 'The portal answered 503 to everyone.',
        start: '2026-07-21T10:00:00Z',
        end: '2026-07-21T10:45:00Z',
        fraction: 1,
        components: [{ serviceId: 'web', componentId: 'portal' }],
      });
      expect(over).toMatchObject({
        status: 'resolved',
        openedAt: '2026-07-21T10:00:00.000Z',
        resolvedAt: '2026-07-21T10:45:00.000Z',
      });
      expect(over.updates.map((u: { status: string; at: string }) => [u.status, u.at])).toEqual([
        ['identified', '2026-07-21T10:00:00.000Z'],
        ['resolved', '2026-07-21T10:45:00.000Z'],
      ]);
      // Counted in the contract's availability exactly as it was stated: 45 minutes.
      expect((await outage()) - before).toBe(45 * 60_000);
      const page = await statusPage(context());
      expect(component(page, 'web', 'portal').days.find((d) => d.start === at('2026-07-21T00:00:00Z'))!.outageMs).toBe(
        45 * 60_000,
      );
      expect(page.ongoing.map((i) => i.id)).not.toContain(over.id);
      // Nobody is told after the fact (no "investigating" of something over, no notice standing as told on time).
      expect((await outbox()).length).toBe(messages);
      // Recorded after it began: the audit entry says when it was recorded.
      const audit = await store.db
        .selectFrom('audit_log')
        .select(['action', 'detail'])
        .where('entity', '=', `incident:${over.id}`)
        .execute();
      expect(audit.map((a) => [a.action, JSON.parse(a.detail).receivedAt])).toEqual([
        ['incident.recorded', at('2026-07-22T12:00:00Z')],
      ]);
      // An incident over takes no update.
      const late = { status: 'monitoring', text: 'late', fraction: 0, components: [] };
      expect((await call('POST', `/incidents/${over.id}/updates`, late)).statusCode).toBe(409);

      const refused = async (body: object) => {
        const r = await call('POST', '/incidents', { title: 'x', text: 'x', fraction: 1, components: [], ...body });
        return [r.statusCode, r.json().field];
      };
      // Not over yet, not after its start, a status other than resolved, a start still to come.
      expect(await refused({ start: '2026-07-22T11:00:00Z', end: '2026-07-22T13:00:00Z' })).toEqual([422, '/end']);
      expect(await refused({ start: '2026-07-22T11:00:00Z', end: '2026-07-22T11:00:00Z' })).toEqual([422, '/end']);
      expect(
        await refused({ start: '2026-07-22T11:00:00Z', end: '2026-07-22T11:30:00Z', status: 'monitoring' }),
      ).toEqual([422, '/status']);
      expect(await refused({ start: '2026-07-22T13:00:00Z' })).toEqual([422, '/start']);
      expect((await outbox()).length).toBe(messages);
    },
  );

  it.skipIf(skipped(backend))(
    'an incident opened with an earlier start is live from then: its impact counts from its start, and it is told',
    async () => {
      clock = at('2026-07-23T12:00:00Z');
      const opened = await ok('POST', '/incidents', {
        title: 'Routing degraded',
        status: 'identified',
        text: 'Calls drop since 11:40.',
        start: '2026-07-23T11:40:00Z',
        fraction: 0.5,
        components: [{ serviceId: 'voice', componentId: 'routing' }],
      });
      expect(opened).toMatchObject({ openedAt: '2026-07-23T11:40:00.000Z', resolvedAt: null, status: 'identified' });
      expect(opened.updates[0].at).toBe('2026-07-23T11:40:00.000Z');
      const page = await statusPage(context());
      expect(component(page, 'voice', 'routing').state).toBe('partial_outage');
      const today = component(page, 'voice', 'routing').days.find((d) => d.start === at('2026-07-23T00:00:00Z'))!;
      expect(today.outageMs).toBe(20 * 60_000);
      const told = (await outbox()).filter((m) => m.recipient === 'sme@acme.test' && m.kind === 'incident.identified');
      expect(told.length).toBeGreaterThan(0);
      const audit = await store.db
        .selectFrom('audit_log')
        .select('detail')
        .where('entity', '=', `incident:${opened.id}`)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.detail)).toMatchObject({ start: at('2026-07-23T11:40:00Z'), receivedAt: clock });
      await ok('POST', `/incidents/${opened.id}/updates`, {
        status: 'resolved',
        text: 'Fixed.',
        fraction: 0,
        components: [],
      });
    },
  );

  it.skipIf(skipped(backend))(
    'unplanned maintenance shows when it is expected to end on the page and in the feeds (TechJutsu §5.1)',
    async () => {
      clock = at('2026-07-24T09:00:00Z');
      const opened = await ok('POST', '/incidents', {
        title: 'Emergency storage swap',
        kind: 'unplanned_maintenance',
        status: 'identified',
        text: 'Replacing a failed disk array.',
        fraction: 1,
        components: [{ serviceId: 'web', componentId: 'portal' }],
        expectedEnd: '2026-07-24T10:30:00Z',
      });
      const html = (await app.inject({ url: '/status' })).body;
      expect(html).toContain(
        'expected to end <time datetime="2026-07-24T10:30:00.000Z" data-local>24 Jul 2026, 10:30 UTC</time>',
      );
      const xml = new XMLParser({ ignoreAttributes: false });
      const items = ([] as { title: string; description: string }[]).concat(
        xml.parse((await app.inject({ url: '/status/feed.rss' })).body).rss.channel.item,
      );
      expect(items.find((i) => i.title === '[identified] Emergency storage swap')!.description).toBe(
        'Replacing a failed disk array. (expected to end 2026-07-24T10:30:00.000Z)',
      );
      const entries = ([] as { title: string | { '#text': string }; summary?: unknown; content?: unknown }[]).concat(
        xml.parse((await app.inject({ url: '/status/feed.atom' })).body).feed.entry,
      );
      expect(JSON.stringify(entries.find((e) => JSON.stringify(e.title).includes('Emergency storage swap')))).toContain(
        'expected to end 2026-07-24T10:30:00.000Z',
      );
      clock = at('2026-07-24T10:10:00Z');
      await ok('POST', `/incidents/${opened.id}/updates`, {
        status: 'resolved',
        text: 'Done early.',
        fraction: 0,
        components: [{ serviceId: 'web', componentId: 'portal' }],
      });
      expect((await app.inject({ url: '/status' })).body).not.toContain('expected to end');
    },
  );
});
