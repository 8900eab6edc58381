import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contracts = fileURLToPath(new URL('../../../contracts/', import.meta.url));
const read = (file: string) => readFileSync(`${contracts}${file}`, 'utf8');

// A plain 24x7 desk whose clocks pause while the customer is asked for something.
const desk = `surety: 1
contract: { id: desk, title: Desk SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }, { id: S2, name: two, definition: slow }] }
clock_defaults: { pause_when: [waiting_on_customer] }
plans:
  standard:
    name: Standard
    targets:
      S1: { first_response: { within: 1h }, resolution: { within: 8h } }
      S2: { first_response: { within: 4h }, resolution: { within: 48h } }
`;

const at = Date.parse;

describe.each(backends)('services, maintenance, claims and lists on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = at('2026-06-01T12:00:00.000Z');
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  const auditActions = async (action: string) =>
    store.db
      .selectFrom('audit_log')
      .select(['actor', 'at', 'detail'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'agent' })).token;
    tokens.auditor = (await issueToken(context(), { role: 'auditor', label: 'auditor' })).token;
    for (const file of ['securenvoy.yaml', 'invoca.yaml', 'techjutsu.yaml', 'tactful.yaml'])
      await ok('admin', 'POST', '/contracts', { source: read(file) });
    await ok('admin', 'POST', '/contracts', { source: desk });
    const customers = [
      ['globex', 'securenvoy-cloud-sla', undefined],
      ['acme-telecom', 'invoca-exhibit-b', 'order-forms/invoca-acme.yaml'],
      ['acme-corp', 'techjutsu-caller-verify', 'order-forms/techjutsu-acme.yaml'],
      ['umbrella', 'tactful-engage-slt', 'order-forms/tactful-acme.yaml'],
      ['initech', 'desk', undefined],
    ] as const;
    for (const [id, contract, orderForm] of customers) {
      await ok('admin', 'POST', '/customers', { id, name: id });
      await ok(
        'admin',
        'PUT',
        `/customers/${id}/contracts/${contract}`,
        orderForm ? { orderForm: read(orderForm) } : {},
      );
    }
    tokens.globex = (
      await issueToken(context(), { role: 'customer', customerId: 'globex', label: 'Globex SME' })
    ).token;
    tokens.umbrella = (
      await issueToken(context(), { role: 'customer', customerId: 'umbrella', label: 'Umbrella' })
    ).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  describe('services and components', () => {
    it('an admin defines services and components; every role reads them; only an admin changes them', async () => {
      expect(
        await ok('admin', 'POST', '/services', { id: 'auth', name: 'Authentication portal', description: 'MFA' }),
      ).toMatchObject({ id: 'auth', name: 'Authentication portal', createdAt: '2026-06-01T12:00:00.000Z' });
      await ok('admin', 'POST', '/services', { id: 'admin-portal', name: 'Administration portal' });
      expect(await ok('admin', 'POST', '/services/auth/components', { id: 'radius', name: 'RADIUS' })).toMatchObject({
        serviceId: 'auth',
        id: 'radius',
      });
      clock += 60_000;
      expect(await ok('admin', 'PATCH', '/services/auth', { description: 'MFA for every user' })).toMatchObject({
        name: 'Authentication portal',
        description: 'MFA for every user',
        updatedAt: '2026-06-01T12:01:00.000Z',
      });
      expect(await ok('admin', 'PATCH', '/services/auth/components/radius', { name: 'RADIUS server' })).toMatchObject({
        name: 'RADIUS server',
      });
      // Read by staff and by customer contacts alike (the catalogue is the provider's, not a customer's).
      for (const who of ['agent', 'auditor', 'globex']) {
        const first = await ok(who, 'GET', '/services?limit=1');
        expect(first.items.map((s: { id: string }) => s.id)).toEqual(['admin-portal']);
        const second = await ok(who, 'GET', `/services?limit=1&cursor=${first.next}`);
        expect([second.items.map((s: { id: string }) => s.id), second.next]).toEqual([['auth'], null]);
        expect((await ok(who, 'GET', '/services/auth/components')).items).toEqual([
          expect.objectContaining({ id: 'radius', name: 'RADIUS server' }),
        ]);
      }
      for (const who of ['agent', 'auditor', 'globex'])
        expect((await call(who, 'POST', '/services', { id: 'x', name: 'x' })).statusCode).toBe(403);
      expect((await call('agent', 'PATCH', '/services/auth', { name: 'x' })).statusCode).toBe(403);
      const dup = await call('admin', 'POST', '/services', { id: 'auth', name: 'again' });
      expect([dup.statusCode, dup.json().field]).toEqual([409, '/id']);
      const missing = await call('admin', 'GET', '/services/nope');
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toContain('application/problem+json');
      const log = await auditActions('service.updated');
      expect(log.map((e) => [e.actor, JSON.parse(e.detail).to.description])).toEqual([
        [expect.stringContaining('(admin)'), 'MFA for every user'],
      ]);
    });

    it('incidents and exclusions may name a service and component; requests that name none still work', async () => {
      const over = { start: '2026-05-02T10:00:00.000Z', end: '2026-05-02T10:30:00.000Z', fraction: 0.2 };
      const named = await call('agent', 'POST', '/incidents', {
        ...over,
        title: 'RADIUS timeouts',
        text: 'RADIUS timeouts',
        components: [{ serviceId: 'auth', componentId: 'radius' }],
      });
      expect(named.statusCode).toBe(201);
      const unnamed = await call('agent', 'POST', '/incidents', {
        title: 'one slow node',
        text: 'one slow node',
        start: '2026-05-03T10:00:00.000Z',
        end: '2026-05-03T10:05:00.000Z',
        fraction: 0.01,
        components: [],
      });
      expect(unnamed.statusCode).toBe(201);
      const badComponent = await call('agent', 'POST', '/incidents', {
        ...over,
        title: 'x',
        text: 'x',
        components: [{ serviceId: 'auth', componentId: 'ldap' }],
      });
      expect([badComponent.statusCode, badComponent.json().field]).toEqual([404, '/components/0/componentId']);
      const orphan = await call('agent', 'POST', '/exclusions', {
        start: '2026-05-02T10:00:00.000Z',
        end: '2026-05-02T10:30:00.000Z',
        category: 'dependency_failure',
        reason: 'x',
        componentId: 'radius',
      });
      expect([orphan.statusCode, orphan.json().field]).toEqual([422, '/serviceId']);
      const byService = await ok('auditor', 'GET', '/incidents?serviceId=auth&period=2026-05');
      expect(byService.items).toEqual([
        expect.objectContaining({
          id: named.json().id,
          openedAt: '2026-05-02T10:00:00.000Z',
          resolvedAt: '2026-05-02T10:30:00.000Z',
        }),
      ]);
      expect(byService.items[0].updates[0].components).toEqual([{ serviceId: 'auth', componentId: 'radius' }]);
      expect((await ok('auditor', 'GET', '/incidents?componentId=radius')).items).toHaveLength(1);
      expect((await ok('auditor', 'GET', '/incidents?serviceId=auth&componentId=login')).items).toEqual([]);
      // Newest first; a customer's contact reads them too (they are provider-wide, as the status page shows them).
      const all = await ok('globex', 'GET', '/incidents?from=2026-05-01T00:00:00.000Z&to=2026-05-04T00:00:00.000Z');
      expect(all.items.map((i: { title: string }) => i.title)).toEqual(['one slow node', 'RADIUS timeouts']);
      // Over by 2 May 10:30: not going on from then.
      expect(
        (await ok('globex', 'GET', '/incidents?from=2026-05-02T10:30:00.000Z&to=2026-05-04T00:00:00.000Z')).items,
      ).toHaveLength(1);
      expect((await ok('globex', 'GET', '/incidents?period=2026-04')).items).toEqual([]);
    });
  });

  describe('maintenance', () => {
    // Notice given Wednesday 19 August 2026 for maintenance on Saturday 22 August, 02:00–04:00 UTC.
    it("checks the notice of scheduled maintenance against each assigned contract's rule", async () => {
      clock = at('2026-08-19T12:00:00.000Z');
      const input = {
        start: '2026-08-22T02:00:00.000Z',
        end: '2026-08-22T04:00:00.000Z',
        reason: 'database upgrade',
        noticeAt: '2026-08-19T12:00:00.000Z',
        serviceId: 'auth',
      };
      // Invoca §2.3 makes a window announced late count as downtime: refused, naming the contract and the shortfall,
      // until the scheduler accepts that it counts.
      const refused = await call('agent', 'POST', '/maintenance', input);
      expect([refused.statusCode, refused.json().field]).toEqual([409, '/start']);
      expect(refused.json().detail).toMatch(
        /invoca-exhibit-b for \w[\w-]* \(1 week required; short notice: notice went out/,
      );
      expect(refused.json().detail).not.toMatch(/techjutsu/);
      const r = await call('agent', 'POST', '/maintenance', { ...input, acceptShortNotice: true });
      expect(r.statusCode).toBe(201);
      const m = r.json();
      expect(m).toMatchObject({
        customerId: null,
        serviceId: 'auth',
        status: 'scheduled',
        noticeAt: '2026-08-19T12:00:00.000Z',
      });
      const byContract = Object.fromEntries(m.notice.map((c: { contractId: string }) => [c.contractId, c])) as Record<
        string,
        { required: string | null; sufficient: boolean | null; effect: string; flagged: boolean }
      >;
      // Invoca §2.3: one week's notice by the status page; shorter notice and the window counts as downtime.
      expect(byContract['invoca-exhibit-b']).toMatchObject({
        required: '1 week',
        sufficient: false,
        effect: 'counted',
        flagged: true,
      });
      // TechJutsu §3.1.1: seven business days; shorter notice is flagged, and the maintenance is still excluded.
      expect(byContract['techjutsu-caller-verify']).toMatchObject({
        required: '7 business days',
        sufficient: false,
        effect: 'excluded',
        flagged: true,
      });
      // SecurEnvoy excludes scheduled maintenance with no notice period.
      expect(byContract['securenvoy-cloud-sla']).toMatchObject({
        required: null,
        sufficient: null,
        effect: 'excluded',
      });
      // Tactful excludes only its weekly window: other maintenance counts.
      expect(byContract['tactful-engage-slt']).toMatchObject({
        sufficient: null,
        effect: 'counted',
        note: 'the contract does not exclude scheduled maintenance',
      });
      // The desk contract has no availability section: nothing is measured.
      expect(byContract.desk).toMatchObject({ effect: 'not measured' });
      expect((await auditActions('maintenance.scheduled')).length).toBe(1);
    });

    // Relies on: no US or Canadian statutory holiday falls between 5 and 21 August 2026 (Canada's Civic Holiday,
    // 3 August, is before the notice and is not statutory everywhere), so 5–21 August holds 13 business days.
    it('accepts notice given early enough under every rule', async () => {
      const m = await ok('agent', 'POST', '/maintenance', {
        customerId: 'acme-corp',
        start: '2026-08-22T02:30:00.000Z',
        end: '2026-08-22T04:30:00.000Z',
        reason: 'network change',
        noticeAt: '2026-08-05T12:00:00.000Z',
      });
      expect(m.notice).toEqual([
        expect.objectContaining({
          customerId: 'acme-corp',
          contractId: 'techjutsu-caller-verify',
          sufficient: true,
          effect: 'excluded',
          flagged: false,
          clause: 'SCSS §3.1.1',
        }),
      ]);
      // A customer contact sees maintenance for everyone and its own, never another customer's.
      const seen = await ok('globex', 'GET', '/maintenance?period=2026-08');
      expect(seen.items.map((x: { reason: string }) => x.reason)).toEqual(['database upgrade']);
      expect((await call('globex', 'GET', `/maintenance/${m.id}`)).statusCode).toBe(404);
      const own = await ok('globex', 'GET', `/maintenance/${seen.items[0].id}`);
      expect(own.notice.map((c: { customerId: string }) => c.customerId)).toEqual(['globex']);
      expect(
        (await ok('admin', 'GET', '/maintenance?customerId=acme-corp')).items.map((x: { reason: string }) => x.reason),
      ).toEqual(['database upgrade', 'network change']);
    });

    // Relies on: Cairo keeps summer time (UTC+3) in August 2026 (Egypt restored it in 2023), so Tactful's Sunday
    // 18:00–24:00 window for Umbrella (order form: Africa/Cairo) is 15:00–21:00 UTC on Sunday 23 August.
    it("needs no notice inside Tactful's regular Sunday window, and says when the work deviates from it", async () => {
      const inside = await ok('agent', 'POST', '/maintenance', {
        customerId: 'umbrella',
        start: '2026-08-23T16:00:00.000Z',
        end: '2026-08-23T18:00:00.000Z',
        reason: 'weekly patching',
      });
      expect(inside.notice).toEqual([
        expect.objectContaining({
          contractId: 'tactful-engage-slt',
          required: null,
          sufficient: null,
          effect: 'excluded',
          window: 'inside',
          rule: '/maintenance/window_policy',
        }),
      ]);
      // Running past 21:00 UTC (midnight in Cairo) deviates from the window: Tactful then counts it (no exclusion for
      // other maintenance; its administrators are told by email as the notice goes out).
      const outside = await ok('agent', 'POST', '/maintenance', {
        customerId: 'umbrella',
        start: '2026-08-23T20:00:00.000Z',
        end: '2026-08-23T22:00:00.000Z',
        reason: 'overrunning patching',
      });
      expect(outside.notice).toEqual([
        expect.objectContaining({ contractId: 'tactful-engage-slt', effect: 'counted', window: 'outside' }),
      ]);
    });

    it('refuses notice dated in the future, naming the field', async () => {
      const r = await call('agent', 'POST', '/maintenance', {
        start: '2026-09-01T02:00:00.000Z',
        end: '2026-09-01T04:00:00.000Z',
        reason: 'x',
        noticeAt: '2026-08-20T12:00:00.000Z',
      });
      expect([r.statusCode, r.json().field]).toEqual([422, '/noticeAt']);
      expect((await call('auditor', 'POST', '/maintenance', { start: 0, end: 1, reason: 'x' })).statusCode).toBe(422);
    });

    it('cancels maintenance that has not begun; cancelled maintenance excludes nothing', async () => {
      // An outage during a maintenance window on 1 September, then the maintenance is called off.
      const m = await ok('agent', 'POST', '/maintenance', {
        customerId: 'globex',
        start: '2026-09-01T02:00:00.000Z',
        end: '2026-09-01T04:00:00.000Z',
        reason: 'storage migration',
        noticeAt: '2026-08-19T12:00:00.000Z',
      });
      // Recorded as if already over (end at most now): the clock is moved past it for the write alone, and back so
      // that the maintenance has not begun when it is cancelled.
      const before = clock;
      clock = at('2026-09-01T03:00:00.000Z');
      await ok('agent', 'POST', '/incidents', {
        title: 'outage',
        text: 'outage',
        start: '2026-09-01T02:00:00.000Z',
        end: '2026-09-01T03:00:00.000Z',
        fraction: 1,
        components: [],
      });
      clock = before;
      const report = () =>
        ok('admin', 'GET', '/customers/globex/availability?contractId=securenvoy-cloud-sla&period=2026-09');
      expect((await report()).time.outageMs).toBe(0);
      expect((await call('auditor', 'POST', `/maintenance/${m.id}/cancel`)).statusCode).toBe(403);
      expect(await ok('agent', 'POST', `/maintenance/${m.id}/cancel`)).toMatchObject({
        status: 'cancelled',
        cancelledAt: '2026-08-19T12:00:00.000Z',
      });
      expect((await report()).time.outageMs).toBe(3_600_000);
      const again = await call('agent', 'POST', `/maintenance/${m.id}/cancel`);
      expect(again.statusCode).toBe(409);
      expect(
        (await ok('agent', 'GET', '/maintenance?status=cancelled')).items.map((x: { id: string }) => x.id),
      ).toEqual([m.id]);
      expect((await ok('agent', 'GET', `/maintenance/${m.id}`)).notice).toEqual([]);
      clock = at('2026-08-22T03:00:00.000Z');
      const inProgress = await ok('agent', 'GET', '/maintenance?status=in_progress');
      expect(inProgress.items.map((x: { reason: string }) => x.reason)).toEqual(['database upgrade', 'network change']);
      const begun = await call('agent', 'POST', `/maintenance/${inProgress.items[0].id}/cancel`);
      expect([begun.statusCode, begun.json().field]).toEqual([409, '/start']);
    });

    // Relies on: Egypt observes summer time again since 2023 (last Friday of April to last Thursday of October), so
    // Cairo is UTC+3 in July 2026 and UTC+2 in January 2026.
    it("lists Tactful's recurring Sunday 18:00–24:00 windows in UTC, page by page", async () => {
      const url = '/customers/umbrella/maintenance-windows?from=2026-07-01T00:00:00.000Z&to=2026-07-15T00:00:00.000Z';
      const first = await ok('umbrella', 'GET', `${url}&limit=1`);
      expect(first.items).toEqual([
        {
          contractId: 'tactful-engage-slt',
          start: '2026-07-05T15:00:00.000Z',
          end: '2026-07-05T21:00:00.000Z',
          zone: 'Africa/Cairo',
          clause: 'Regular Maintenance Window',
        },
      ]);
      const second = await ok('umbrella', 'GET', `${url}&limit=1&cursor=${first.next}`);
      expect([second.items.map((w: { start: string }) => w.start), second.next]).toEqual([
        ['2026-07-12T15:00:00.000Z'],
        null,
      ]);
      const winter = await ok(
        'admin',
        'GET',
        '/customers/umbrella/maintenance-windows?from=2026-01-04T00:00:00.000Z&to=2026-01-05T00:00:00.000Z',
      );
      expect(winter.items.map((w: { start: string; end: string }) => [w.start, w.end])).toEqual([
        ['2026-01-04T16:00:00.000Z', '2026-01-04T22:00:00.000Z'],
      ]);
      expect(
        (
          await ok(
            'admin',
            'GET',
            '/customers/globex/maintenance-windows?from=2026-07-01T00:00:00.000Z&to=2026-07-15T00:00:00.000Z',
          )
        ).items,
      ).toEqual([]);
      const tooLong = await call(
        'admin',
        'GET',
        '/customers/umbrella/maintenance-windows?from=2026-01-01T00:00:00.000Z&to=2027-06-01T00:00:00.000Z',
      );
      expect([tooLong.statusCode, tooLong.json().field]).toEqual([422, '/to']);
      const badCursor = await call('admin', 'GET', `${url}&cursor=nonsense`);
      expect([badCursor.statusCode, badCursor.json().field]).toEqual([422, '/cursor']);
    });
  });

  describe('credits and claims (SecurEnvoy: 3/5/10 days of licence extension, claimed within 30 days)', () => {
    // Relies on: the UK keeps summer time (BST, UTC+1) from 29 March to 25 October 2026, so SecurEnvoy's months
    // (Europe/London) start at 23:00 UTC the day before, and May (744 h) and June (720 h) are whole days long.
    it('owes nothing for a month until it is claimed, and says by when', async () => {
      // June 2026: 10 h 48 min of total outage on 10 June is 1.5% of 720 h: 98.500%, the "<99% – <95.0%" band.
      await ok('agent', 'POST', '/incidents', {
        title: 'authentication portal down',
        text: 'authentication portal down',
        start: '2026-06-10T08:00:00.000Z',
        end: '2026-06-10T18:48:00.000Z',
        fraction: 1,
        components: [],
      });
      clock = at('2026-07-01T09:00:00.000Z');
      const owed = await ok('globex', 'GET', '/customers/globex/credits?period=2026-06');
      expect(owed).toEqual({
        customerId: 'globex',
        period: '2026-06',
        credits: [
          {
            contractId: 'securenvoy-cloud-sla',
            outcome: 'claim needed',
            uptime: '98.500%',
            credit: 3,
            form: 'licence_days',
            owed: 0,
            claimNeeded: true,
            // 30 days from 10 June (London): the window closes at the end of 10 July, 23:00 UTC.
            deadline: '2026-07-10T23:00:00.000Z',
            claimId: null,
            rule: '/credits',
            reason: 'a credit is earned but must be claimed within 30 days of the day service was affected',
          },
        ],
      });
      // Reading writes nothing; closing the month records the decision, once, however often it is closed.
      await ok('auditor', 'GET', '/customers/globex/credits?period=2026-06');
      expect(await auditActions('credit.decided')).toEqual([]);
      expect((await call('agent', 'POST', '/customers/globex/credits/2026-06/close')).statusCode).toBe(403);
      expect(await ok('admin', 'POST', '/customers/globex/credits/2026-06/close')).toEqual(owed);
      await ok('admin', 'POST', '/customers/globex/credits/2026-06/close');
      const decided = await auditActions('credit.decided');
      expect(decided.map((e) => [e.actor, JSON.parse(e.detail).outcome])).toEqual([
        [expect.stringContaining('(admin)'), 'claim needed'],
      ]);
    });

    it("accepts a customer contact's claim filed in time for 3 days of licence extension", async () => {
      const claim = await call('globex', 'POST', '/customers/globex/claims', { period: '2026-06' });
      expect(claim.statusCode).toBe(201);
      expect(claim.json()).toMatchObject({
        customerId: 'globex',
        contractId: 'securenvoy-cloud-sla',
        period: '2026-06',
        filedAt: '2026-07-01T09:00:00.000Z',
        filedBy: expect.stringContaining('(Globex SME)'),
        affectedAt: '2026-06-10T08:00:00.000Z',
        deadline: '2026-07-10T23:00:00.000Z',
        outcome: 'accepted',
        credit: 3,
        form: 'licence_days',
        uptime: '98.500%',
        rule: '/credits/tiers/0',
      });
      const id = claim.json().id;
      expect(await ok('globex', 'GET', `/customers/globex/claims/${id}`)).toEqual(claim.json());
      const owed = await ok('admin', 'POST', '/customers/globex/credits/2026-06/close');
      expect(owed.credits[0]).toMatchObject({ outcome: 'owed', owed: 3, claimNeeded: false, claimId: id });
      const again = await call('globex', 'POST', '/customers/globex/claims', { period: '2026-06' });
      expect([again.statusCode, again.json().field]).toEqual([409, '/period']);
      const audit = await auditActions('claim.decided');
      expect(audit.map((e) => [e.actor, e.at, JSON.parse(e.detail).outcome])).toEqual([
        [expect.stringContaining('(Globex SME)'), at('2026-07-01T09:00:00.000Z'), 'accepted'],
      ]);
      expect((await auditActions('credit.decided')).map((e) => JSON.parse(e.detail).outcome)).toEqual([
        'claim needed',
        'owed',
      ]);
    });

    it('rejects a claim filed 31 days after the day service was affected, citing the 30-day window', async () => {
      // May 2026: 10 h 48 min down on 12 May is 1.452% of 744 h (98.548%): a credit, if claimed in time.
      await ok('agent', 'POST', '/incidents', {
        title: 'portal down',
        text: 'portal down',
        start: '2026-05-12T08:00:00.000Z',
        end: '2026-05-12T18:48:00.000Z',
        fraction: 1,
        components: [],
      });
      clock = at('2026-06-12T10:00:00.000Z');
      const contact = (
        await ok('admin', 'POST', '/customers/globex/contacts', { name: 'Pat', email: 'pat@globex.example' })
      ).id;
      const late = await call('admin', 'POST', '/customers/globex/claims', { period: '2026-05', contactId: contact });
      expect(late.statusCode).toBe(201);
      expect(late.json()).toMatchObject({
        outcome: 'rejected',
        credit: 0,
        contactId: contact,
        filedBy: expect.stringContaining('(admin)'),
        affectedAt: '2026-05-12T08:00:00.000Z',
        deadline: '2026-06-11T23:00:00.000Z',
        rule: '/credits',
        reason: 'filed 2026-06-12T10:00:00Z, after the 30-day window that closed 2026-06-11T23:00:00Z',
      });
      expect((await ok('admin', 'GET', '/customers/globex/credits?period=2026-05')).credits[0]).toMatchObject({
        outcome: 'claim window closed',
        credit: 3,
        owed: 0,
        claimNeeded: false,
      });
    });

    it('lets only the customer or an admin file, and lists claims by status and month', async () => {
      for (const who of ['agent', 'auditor'])
        expect((await call(who, 'POST', '/customers/globex/claims', { period: '2026-06' })).statusCode).toBe(403);
      expect((await call('umbrella', 'POST', '/customers/globex/claims', { period: '2026-06' })).statusCode).toBe(404);
      const stranger = await call('admin', 'POST', '/customers/globex/claims', {
        period: '2026-06',
        contactId: 'nobody',
      });
      expect([stranger.statusCode, stranger.json().field]).toEqual([404, '/contactId']);
      const future = await call('globex', 'POST', '/customers/globex/claims', { period: '2026-12' });
      expect([future.statusCode, future.json().field]).toEqual([422, '/period']);
      const badMonth = await call('globex', 'POST', '/customers/globex/claims', { period: '2026-6' });
      expect([badMonth.statusCode, badMonth.json().field]).toEqual([422, '/period']);
      const rejected = await ok('auditor', 'GET', '/customers/globex/claims?status=rejected');
      expect(rejected.items.map((c: { period: string }) => c.period)).toEqual(['2026-05']);
      const june = await ok('globex', 'GET', '/customers/globex/claims?period=2026-06');
      expect(june.items.map((c: { outcome: string }) => c.outcome)).toEqual(['accepted']);
      // In the order they were filed: May's claim on 12 June, June's on 1 July.
      const paged = await ok('globex', 'GET', '/customers/globex/claims?limit=1');
      expect(paged.items.map((c: { period: string }) => c.period)).toEqual(['2026-05']);
      const rest = await ok('globex', 'GET', `/customers/globex/claims?limit=1&cursor=${paged.next}`);
      expect([rest.items.map((c: { period: string }) => c.period), rest.next]).toEqual([['2026-06'], null]);
    });

    it('rejects a claim where the contract states a target, not a guarantee (Tactful)', async () => {
      // Filed with an Idempotency-Key: the retry gets the first decision back and files nothing twice.
      const file = () =>
        app.inject({
          method: 'POST',
          url: '/customers/umbrella/claims',
          payload: { period: '2026-06' },
          headers: { authorization: `Bearer ${tokens.umbrella}`, 'idempotency-key': 'umbrella-june' },
        });
      const first = await file();
      const retry = await file();
      expect(first.statusCode).toBe(201);
      expect([retry.statusCode, retry.body, retry.headers['idempotent-replayed']]).toEqual([201, first.body, 'true']);
      expect(first.json()).toMatchObject({ outcome: 'rejected', credit: 0, form: 'none' });
      expect(first.json().reason).toContain('not a guarantee');
      expect((await ok('umbrella', 'GET', '/customers/umbrella/claims')).items).toHaveLength(1);
    });
  });

  describe('lists', () => {
    it('filters tickets by status, severity and when they were opened', async () => {
      clock = at('2026-07-01T12:00:00.000Z');
      const open = (id: string, severity: string, when?: string) =>
        ok('admin', 'POST', '/tickets', { id, customerId: 'initech', contractId: 'desk', severity, at: when });
      await open('I-june', 'S2', '2026-06-15T09:00:00.000Z');
      await open('I-open', 'S1');
      await open('I-paused', 'S1');
      await open('I-resolved', 'S2');
      await open('I-closed', 'S1');
      await ok('admin', 'POST', '/tickets/I-paused/events', { type: 'status_changed', status: 'waiting_on_customer' });
      await ok('admin', 'POST', '/tickets/I-resolved/events', { type: 'resolved' });
      await ok('admin', 'POST', '/tickets/I-closed/events', { type: 'closed' });
      const ids = async (query: string) =>
        (await ok('auditor', 'GET', `/tickets?customerId=initech&${query}`)).items.map((t: { id: string }) => t.id);
      expect(await ids('status=open')).toEqual(['I-june', 'I-open']);
      expect(await ids('status=paused')).toEqual(['I-paused']);
      expect(await ids('status=resolved')).toEqual(['I-resolved']);
      expect(await ids('status=closed')).toEqual(['I-closed']);
      expect(await ids('severity=S2')).toEqual(['I-june', 'I-resolved']);
      expect(await ids('period=2026-06')).toEqual(['I-june']);
      expect(await ids('from=2026-07-01T00:00:00.000Z&severity=S1')).toEqual(['I-closed', 'I-open', 'I-paused']);
      const item = (await ok('auditor', 'GET', '/tickets?customerId=initech&status=paused')).items[0];
      expect(item).toEqual({
        id: 'I-paused',
        customerId: 'initech',
        contractId: 'desk',
        openedAt: '2026-07-01T12:00:00.000Z',
        severity: 'S1',
        status: 'paused',
      });
      const page = await ok('auditor', 'GET', '/tickets?customerId=initech&limit=2');
      expect(page.items.map((t: { id: string }) => t.id)).toEqual(['I-closed', 'I-june']);
      const next = await ok('auditor', 'GET', `/tickets?customerId=initech&limit=2&cursor=${page.next}`);
      expect(next.items.map((t: { id: string }) => t.id)).toEqual(['I-open', 'I-paused']);
      const both = await call('auditor', 'GET', '/tickets?period=2026-06&from=2026-06-01T00:00:00.000Z');
      expect([both.statusCode, both.json().field]).toEqual([422, '/period']);
    });

    it('lists customers (a contact sees only its own) and exclusions that apply to a customer', async () => {
      const page = await ok('auditor', 'GET', '/customers?limit=3');
      expect(page.items.map((c: { id: string }) => c.id)).toEqual(['acme-corp', 'acme-telecom', 'globex']);
      const rest = await ok('auditor', 'GET', `/customers?limit=3&cursor=${page.next}`);
      expect([rest.items.map((c: { id: string }) => c.id), rest.next]).toEqual([['initech', 'umbrella'], null]);
      expect((await ok('globex', 'GET', '/customers')).items.map((c: { id: string }) => c.id)).toEqual(['globex']);
      await ok('agent', 'POST', '/exclusions', {
        customerId: 'umbrella',
        start: '2026-06-20T10:00:00.000Z',
        end: '2026-06-20T11:00:00.000Z',
        category: 'customer_caused',
        reason: 'umbrella firewall change',
      });
      const forGlobex = await ok('globex', 'GET', '/exclusions?customerId=umbrella&period=2026-06');
      expect(forGlobex.items).toEqual([]);
      const forUmbrella = await ok('admin', 'GET', '/exclusions?customerId=umbrella&period=2026-06');
      expect(forUmbrella.items.map((x: { reason: string }) => x.reason)).toEqual(['umbrella firewall change']);
      expect(
        (await ok('admin', 'GET', '/exclusions?category=scheduled_maintenance')).items.map(
          (x: { reason: string }) => x.reason,
        ),
      ).toEqual(['database upgrade', 'network change', 'weekly patching', 'overrunning patching', 'storage migration']);
    });
  });
});
