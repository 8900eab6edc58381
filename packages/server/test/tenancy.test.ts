import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { apiClient, type Method } from './api-client.js';
import { freshStore, type TestStore } from './databases.js';

const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
contacts: { designated_max: 2 }
availability: { sli: time, target: '99.9%', guarantee: true }
credits: { form: fee_percent, tiers: [{ below: '99.9%', credit: 10 }], claim_window_days: 30 }
maintenance: { windows: [{ days: [sun], hours: '18:00-24:00' }] }
`;

describe('tenants: a customer contact sees only its own customer', () => {
  let store: TestStore;
  let app: Api;
  const tokens: Record<string, string> = {};
  // alpha's ids and the ids that never existed that stand in for them in the ghost walk.
  const ghosts: [string, string][] = [
    ['A-1', 'Z-9'],
    ['alpha', 'omega'],
  ];
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call } = apiClient(() => app, tokens);

  beforeAll(async () => {
    store = await freshStore('sqlite', () => Date.parse('2026-07-01T12:00:00.000Z'));
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    for (const id of ['alpha', 'beta']) {
      await call('admin', 'POST', '/customers', { id, name: id });
      tokens[id] = (await issueToken(context(), { role: 'customer', customerId: id, label: `${id} contact` })).token;
    }
    tokens.auditor = (await issueToken(context(), { role: 'auditor', label: 'auditor' })).token;
    await call('admin', 'POST', '/contracts', { source: contract });
    await call('admin', 'PUT', '/customers/alpha/contracts/plain', {});
    await call('admin', 'PUT', '/customers/beta/contracts/plain', {});
    expect(
      (await call('alpha', 'POST', '/tickets', { id: 'A-1', customerId: 'alpha', contractId: 'plain', severity: 'S1' }))
        .statusCode,
    ).toBe(201);
    // Something of alpha's behind every new route: a claim and its credit decision, maintenance and an exclusion of
    // its own; and maintenance for everyone, which beta may see.
    const claim = await call('alpha', 'POST', '/customers/alpha/claims', { period: '2026-06' });
    expect(claim.statusCode).toBe(201);
    ghosts.push([claim.json().id, '00000000-0000-4000-8000-000000000001']);
    expect((await call('admin', 'GET', '/customers/alpha/credits?period=2026-06')).statusCode).toBe(200);
    const window = {
      start: '2026-07-20T02:00:00.000Z',
      end: '2026-07-20T03:00:00.000Z',
      noticeAt: '2026-07-01T00:00:00.000Z',
    };
    const own = await call('admin', 'POST', '/maintenance', { ...window, customerId: 'alpha', reason: 'private' });
    expect(own.statusCode).toBe(201);
    ghosts.push([own.json().id, '00000000-0000-4000-8000-000000000002']);
    expect((await call('admin', 'POST', '/maintenance', { ...window, reason: 'for everyone' })).statusCode).toBe(201);
    const exclusion = await call('admin', 'POST', '/exclusions', {
      customerId: 'alpha',
      start: '2026-06-01T00:00:00.000Z',
      end: '2026-06-01T01:00:00.000Z',
      category: 'customer_caused',
      reason: 'private',
    });
    expect(exclusion.statusCode).toBe(201);
    expect((await call('admin', 'POST', '/services', { id: 'portal', name: 'Portal' })).statusCode).toBe(201);
    expect(
      (await call('admin', 'POST', '/services/portal/components', { id: 'login', name: 'Login' })).statusCode,
    ).toBe(201);
    // A contact of alpha's, and a contract only alpha is assigned (assigned last: the claim above names no contract).
    const contact = await call('admin', 'POST', '/customers/alpha/contacts', { name: 'Ann', email: 'ann@alpha.test' });
    expect(contact.statusCode).toBe(201);
    ghosts.push([contact.json().id, '00000000-0000-4000-8000-000000000003']);
    const bespoke = contract.replace('{ id: plain, title: Plain SLA', '{ id: bespoke-sla, title: Bespoke SLA');
    expect((await call('admin', 'POST', '/contracts', { source: bespoke })).statusCode).toBe(201);
    expect((await call('admin', 'PUT', '/customers/alpha/contracts/bespoke-sla', {})).statusCode).toBe(200);
    ghosts.push(['bespoke-sla', 'unknown-sla']);
    ghosts.push([exclusion.json().id, '00000000-0000-4000-8000-000000000004']);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("walks every route with the second customer's token and finds nothing of the first", async () => {
    const walked: [string, string, number][] = [];
    // Each call is made twice: against alpha's real ids and against ids that never existed. The answers must be
    // the same but for the id echoed back: then beta learns nothing, not even that alpha's ids exist.
    const ghost = (text: string) => ghosts.reduce((t, [real, fake]) => t.split(real).join(fake), text);
    const walk = async (method: Method, route: string, url: string, payload?: object) => {
      const r = await call('beta', method, url, payload);
      const g = await call('beta', method, ghost(url), payload && JSON.parse(ghost(JSON.stringify(payload))));
      walked.push([method, route, r.statusCode]);
      expect([r.statusCode, ghost(r.body)]).toEqual([g.statusCode, g.body]);
      return r;
    };
    expect((await walk('GET', '/tickets', '/tickets?customerId=alpha')).json()).toEqual({ items: [], next: null });
    expect((await walk('GET', '/tickets/{id}', '/tickets/A-1')).statusCode).toBe(404);
    expect((await walk('GET', '/tickets/{id}/events/{seq}', '/tickets/A-1/events/1')).statusCode).toBe(404);
    // alpha's A-1 has its deadline pending: beta's clock queue holds none of it, whatever customer it names.
    const queue = (await call('admin', 'GET', '/clocks?customerId=alpha')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toEqual(['A-1']);
    expect((await walk('GET', '/clocks', '/clocks?customerId=alpha')).json()).toEqual({ items: [], next: null });
    expect(
      (await walk('GET', '/clocks', '/clocks?customerId=alpha&severity=S1&before=2026-07-02T00:00:00.000Z')).json(),
    ).toEqual({ items: [], next: null });
    // alpha's A-1 counts in the provider's compliance overview; beta's counts nothing of it, whatever it names.
    expect((await call('admin', 'GET', '/overview/compliance?customerId=alpha')).json().rows).toHaveLength(1);
    const compliance = (await walk('GET', '/overview/compliance', '/overview/compliance?customerId=alpha')).json();
    expect([compliance.rows, compliance.trend]).toEqual([[], []]);
    expect(
      (await walk('POST', '/tickets/{id}/events', '/tickets/A-1/events', { type: 'replied', author: 'customer' }))
        .statusCode,
    ).toBe(404);
    // Many events in one call: alpha's request is refused in its place as one that does not exist.
    const many = await walk('POST', '/ticket-events', '/ticket-events', {
      events: [{ ticketId: 'A-1', type: 'replied', author: 'customer' }],
    });
    expect(many.json()).toMatchObject({ recorded: 0, refused: 1, results: [{ refusal: { code: 'not_found' } }] });
    expect(
      (await walk('PATCH', '/tickets/{id}/fields', '/tickets/A-1/fields', { fields: { impact: 'x' } })).statusCode,
    ).toBe(404);
    expect((await walk('PUT', '/tickets/{id}/assignee', '/tickets/A-1/assignee', { userId: null })).statusCode).toBe(
      403,
    );
    expect((await walk('GET', '/tickets/{id}/assignee', '/tickets/A-1/assignee')).statusCode).toBe(404);
    // The contract-queue filter names alpha's contract, which beta is not assigned either: nothing, not even the order.
    expect((await walk('GET', '/clocks', '/clocks?contractId=plain&order=receipt')).json()).toEqual({
      items: [],
      next: null,
    });
    expect(
      (
        await walk('POST', '/tickets', '/tickets', {
          id: 'B-x',
          customerId: 'alpha',
          contractId: 'plain',
          severity: 'S1',
        })
      ).statusCode,
    ).toBe(404);
    expect((await walk('GET', '/customers/{customerId}', '/customers/alpha')).statusCode).toBe(404);
    expect((await walk('POST', '/customers', '/customers', { id: 'gamma', name: 'g' })).statusCode).toBe(403);
    expect(
      (
        await walk('POST', '/customers/{customerId}/contacts', '/customers/alpha/contacts', {
          name: 'x',
          email: 'x@example.com',
        })
      ).statusCode,
    ).toBe(403);
    expect((await walk('POST', '/contracts', '/contracts', { source: contract })).statusCode).toBe(403);
    expect(
      (await walk('PUT', '/customers/{customerId}/contracts/{contractId}', '/customers/alpha/contracts/plain', {}))
        .statusCode,
    ).toBe(403);
    expect((await walk('POST', '/tokens', '/tokens', { role: 'admin', label: 'x' })).statusCode).toBe(403);
    expect((await walk('DELETE', '/tokens/{id}', '/tokens/0123456789ab')).statusCode).toBe(403);
    expect((await walk('GET', '/audit/verify', '/audit/verify')).statusCode).toBe(403);
    expect(
      (
        await walk(
          'GET',
          '/customers/{customerId}/availability',
          '/customers/alpha/availability?contractId=plain&period=2026-07',
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await walk(
          'GET',
          '/customers/{customerId}/performance-report',
          '/customers/alpha/performance-report?contractId=plain',
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await walk('POST', '/incidents', '/incidents', {
          title: 'x',
          text: 'x',
          start: '2026-07-01T00:00:00.000Z',
          end: '2026-07-01T01:00:00.000Z',
          fraction: 1,
          components: [],
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await walk('POST', '/exclusions', '/exclusions', {
          customerId: 'alpha',
          start: '2026-07-01T00:00:00.000Z',
          end: '2026-07-01T01:00:00.000Z',
          category: 'force_majeure',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await walk('POST', '/webhooks', '/webhooks', { url: 'http://127.0.0.1:9/x' })).statusCode).toBe(403);
    expect((await walk('GET', '/webhooks/deliveries', '/webhooks/deliveries')).statusCode).toBe(403);
    // Lists answer with beta's own things only, whatever customer they are asked about.
    const customers = await walk('GET', '/customers', '/customers');
    expect(customers.json().items.map((c: { id: string }) => c.id)).toEqual(['beta']);
    expect(
      (await walk('GET', '/tickets', '/tickets?customerId=alpha&status=open&severity=S1&period=2026-07')).json(),
    ).toEqual({ items: [], next: null });
    const exclusions = (await walk('GET', '/exclusions', '/exclusions?customerId=alpha')).json();
    expect(exclusions.items.map((x: { reason: string }) => x.reason)).toEqual(['for everyone']);
    const maintenance = (await walk('GET', '/maintenance', '/maintenance?customerId=alpha')).json();
    expect(maintenance.items.map((m: { reason: string }) => m.reason)).toEqual(['for everyone']);
    expect((await walk('GET', '/maintenance/{id}', `/maintenance/${ghosts[3]![0]}`)).statusCode).toBe(404);
    const shared = (await walk('GET', '/maintenance/{id}', `/maintenance/${maintenance.items[0].id}`)).json();
    expect(shared.notice.map((c: { customerId: string }) => c.customerId)).toEqual(['beta']);
    expect(
      (
        await walk('POST', '/maintenance', '/maintenance', {
          customerId: 'alpha',
          start: '2026-07-20T02:00:00.000Z',
          end: '2026-07-20T03:00:00.000Z',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await walk('POST', '/maintenance/{id}/cancel', `/maintenance/${ghosts[3]![0]}/cancel`)).statusCode).toBe(
      403,
    );
    expect(
      (await walk('POST', '/maintenance/series/{seriesId}/cancel', '/maintenance/series/any-series/cancel')).statusCode,
    ).toBe(403);
    expect(
      (
        await walk(
          'GET',
          '/customers/{customerId}/maintenance-windows',
          '/customers/alpha/maintenance-windows?from=2026-07-01T00:00:00.000Z&to=2026-07-31T00:00:00.000Z',
        )
      ).statusCode,
    ).toBe(404);
    expect((await walk('GET', '/customers/{customerId}/claims', '/customers/alpha/claims')).statusCode).toBe(404);
    expect(
      (await walk('GET', '/customers/{customerId}/claims/{claimId}', `/customers/alpha/claims/${ghosts[2]![0]}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await walk('POST', '/customers/{customerId}/claims', '/customers/alpha/claims', { period: '2026-06' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await walk('GET', '/customers/{customerId}/credits', '/customers/alpha/credits?period=2026-06')).statusCode,
    ).toBe(404);
    expect(
      (await walk('POST', '/customers/{customerId}/credits/{period}/close', '/customers/alpha/credits/2026-06/close'))
        .statusCode,
    ).toBe(403);
    // The provider's catalogue is everyone's to read (see services/catalog/get-service.ts), and only an admin's to change.
    expect((await walk('GET', '/services', '/services')).statusCode).toBe(200);
    expect((await walk('GET', '/services/{id}', '/services/portal')).statusCode).toBe(200);
    expect((await walk('GET', '/services/{id}/components', '/services/portal/components')).statusCode).toBe(200);
    expect((await walk('POST', '/services', '/services', { id: 'x', name: 'x' })).statusCode).toBe(403);
    expect((await walk('PATCH', '/services/{id}', '/services/portal', { name: 'x' })).statusCode).toBe(403);
    expect(
      (await walk('POST', '/services/{id}/components', '/services/portal/components', { id: 'x', name: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await walk('PATCH', '/services/{serviceId}/components/{componentId}', '/services/portal/components/login', {
          name: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await walk('GET', '/incidents', '/incidents?period=2026-07')).statusCode).toBe(200);
    // Contracts: beta's list holds the one it is assigned, naming beta alone; alpha's own contract does not exist.
    expect((await walk('GET', '/contracts', '/contracts')).json().items).toEqual([
      expect.objectContaining({ id: 'plain', customers: ['beta'] }),
    ]);
    expect((await walk('GET', '/contracts/{id}', '/contracts/plain')).json().customers).toEqual(['beta']);
    expect((await walk('GET', '/contracts/{id}', '/contracts/bespoke-sla')).statusCode).toBe(404);
    expect(
      (await walk('GET', '/contracts/{id}/versions/{version}', '/contracts/bespoke-sla/versions/1')).statusCode,
    ).toBe(404);
    // Contacts: alpha's are not beta's to read or change.
    expect((await walk('GET', '/customers/{customerId}/contacts', '/customers/alpha/contacts')).statusCode).toBe(404);
    const contactUrl = `/customers/alpha/contacts/${ghosts[4]![0]}`;
    expect(
      (await walk('PATCH', '/customers/{customerId}/contacts/{contactId}', contactUrl, { designated: true }))
        .statusCode,
    ).toBe(403);
    expect((await walk('DELETE', '/customers/{customerId}/contacts/{contactId}', contactUrl)).statusCode).toBe(403);
    expect((await walk('GET', '/customers/{customerId}/contacts/{contactId}', contactUrl)).statusCode).toBe(404);
    // The provider's own records: tokens, the audit log, webhooks.
    expect((await walk('GET', '/tokens', '/tokens')).statusCode).toBe(403);
    expect((await walk('GET', '/tokens/{id}', '/tokens/0123456789ab')).statusCode).toBe(403);
    expect((await walk('GET', '/webhooks/{id}', '/webhooks/0123456789abcdef')).statusCode).toBe(403);
    expect((await walk('GET', '/invitations/{invitationId}', '/invitations/0123456789abcdef')).statusCode).toBe(403);
    // Incidents are provider-wide (every customer's availability reads them); alpha's own exclusion is not beta's.
    expect((await walk('GET', '/incidents/{incidentId}', '/incidents/0123')).statusCode).toBe(404);
    expect((await walk('GET', '/exclusions/{exclusionId}', `/exclusions/${ghosts[6]![0]}`)).statusCode).toBe(404);
    const component = '/services/{serviceId}/components/{componentId}';
    expect((await walk('GET', component, '/services/portal/components/login')).statusCode).toBe(200);
    expect((await walk('GET', '/audit', '/audit?entity=customer:alpha')).statusCode).toBe(403);
    expect((await walk('GET', '/webhooks', '/webhooks')).statusCode).toBe(403);
    expect((await walk('DELETE', '/webhooks/{id}', '/webhooks/0123456789abcdef')).statusCode).toBe(403);
    // The provider's notice groups (who is on duty, the CEO): neither read nor set by a customer.
    expect((await walk('GET', '/notice-groups', '/notice-groups')).statusCode).toBe(403);
    expect((await walk('PUT', '/notice-groups/{groupId}', '/notice-groups/on-duty', { userIds: [] })).statusCode).toBe(
      403,
    );
    // The email outbox is the provider's; incidents are public (the status page shows them), written by staff alone.
    expect((await walk('GET', '/outbox', '/outbox?recipient=x%40alpha.example')).statusCode).toBe(403);
    const update = { status: 'investigating', text: 'x', fraction: 0.5, components: [] };
    expect((await walk('POST', '/incidents', '/incidents', { title: 'x', ...update })).statusCode).toBe(403);
    expect((await walk('POST', '/incidents/{incidentId}/updates', '/incidents/0123/updates', update)).statusCode).toBe(
      403,
    );
    expect((await walk('GET', '/incidents', '/incidents')).json()).toEqual({ items: [], next: null });
    expect((await walk('GET', '/incidents/{incidentId}', '/incidents/0123')).statusCode).toBe(404);
    const oneUpdate = '/incidents/{incidentId}/updates/{updateId}';
    expect((await walk('GET', oneUpdate, '/incidents/0123/updates/1')).statusCode).toBe(404);
    // People: only an admin manages them; the public sign-in routes answer a contact's token as anyone else's.
    expect((await walk('GET', '/users', '/users')).statusCode).toBe(403);
    expect((await walk('PATCH', '/users/{userId}', '/users/0123456789abcdef', { name: 'x' })).statusCode).toBe(403);
    expect((await walk('GET', '/invitations', '/invitations')).statusCode).toBe(403);
    const invitation = { email: 'x@alpha.example', role: 'customer', customerId: 'alpha' };
    expect((await walk('POST', '/invitations', '/invitations', invitation)).statusCode).toBe(403);
    expect((await walk('DELETE', '/invitations/{invitationId}', '/invitations/0123456789abcdef')).statusCode).toBe(403);
    expect((await walk('GET', '/setup', '/setup')).json()).toEqual({ needed: true });
    expect((await walk('POST', '/setup', '/setup', { email: 'x@alpha.example' })).statusCode).toBe(422);
    expect((await walk('GET', '/session', '/session')).statusCode).toBe(401);
    expect((await walk('DELETE', '/session', '/session')).statusCode).toBe(401);
    expect((await walk('POST', '/session', '/session', { email: 'x@alpha.example', password: 'x' })).statusCode).toBe(
      401,
    );
    expect((await walk('POST', '/session/ticket', '/session/ticket', { ticket: 'x' })).statusCode).toBe(401);
    const accept = { token: 'x', name: 'x', password: 'long enough password' };
    expect((await walk('POST', '/invitations/accept', '/invitations/accept', accept)).statusCode).toBe(404);
    // Holiday lists are the provider's to read and publish.
    expect((await walk('GET', '/calendars', '/calendars?contractId=plain')).statusCode).toBe(403);
    const holidays = { dates: [{ date: '2027-01-01' }] };
    expect((await walk('PUT', '/calendars/{contractId}/{list}', '/calendars/plain/days', holidays)).statusCode).toBe(
      403,
    );
    expect(
      (await walk('POST', '/calendars/{contractId}/{list}/ical', '/calendars/plain/days/ical', { ics: 'x' }))
        .statusCode,
    ).toBe(403);
    // Probes answer anyone; the metrics count every customer's clocks, so they are the provider's alone.
    expect((await walk('GET', '/healthz', '/healthz')).statusCode).toBe(200);
    expect((await walk('GET', '/readyz', '/readyz')).statusCode).toBe(200);
    expect((await walk('GET', '/metrics', '/metrics')).statusCode).toBe(403);
    const statement = '/customers/{customerId}/contracts/{contractId}/statements/{period}';
    expect((await walk('GET', statement, '/customers/alpha/contracts/plain/statements/2026-06')).statusCode).toBe(404);
    const performance = '/customers/{customerId}/contracts/{contractId}/performance-report';
    expect((await walk('GET', performance, '/customers/alpha/contracts/plain/performance-report')).statusCode).toBe(
      404,
    );
    // Monitors are the provider's catalogue (readable), written by admins; a contract's availability source is its customer's.
    await walk('POST', '/monitors', '/monitors', {});
    await walk('GET', '/monitors', '/monitors');
    for (const [method, route] of [
      ['GET', '/monitors/{monitorId}'],
      ['PATCH', '/monitors/{monitorId}'],
      ['DELETE', '/monitors/{monitorId}'],
      ['GET', '/monitors/{monitorId}/status'],
      ['GET', '/monitors/{monitorId}/days'],
      ['POST', '/monitors/{monitorId}/heartbeat'],
      ['GET', '/monitors/{monitorId}/alerts'],
    ] as const)
      await walk(method, route, route.replace('{monitorId}', 'm-1'), method === 'PATCH' ? {} : undefined);
    const publish = '/monitors/{monitorId}/alerts/{alertId}/publish';
    expect((await walk('POST', publish, '/monitors/m-1/alerts/a-1/publish')).statusCode).toBe(403);
    const counts = { counts: [{ start: '2026-06-01T00:00:00Z', end: '2026-06-01T01:00:00Z', total: 1, failed: 0 }] };
    await walk('POST', '/monitors/{monitorId}/request-counts', '/monitors/m-1/request-counts', counts);
    expect((await walk('GET', '/probes/{location}/assignments', '/probes/eu/assignments?member=x')).statusCode).toBe(
      403,
    );
    expect((await walk('POST', '/probes/{location}/samples', '/probes/eu/samples', { samples: [] })).statusCode).toBe(
      403,
    );
    const source = '/customers/{customerId}/contracts/{contractId}/availability-source';
    expect((await walk('GET', source, '/customers/alpha/contracts/plain/availability-source')).statusCode).toBe(404);
    await walk('PUT', source, '/customers/alpha/contracts/plain/availability-source', { rules: 'monitors' });
    // A customer's private status page and its secret links: its own contacts read them, staff make and revoke them.
    expect((await walk('GET', '/customers/{customerId}/status-page', '/customers/alpha/status-page')).statusCode).toBe(
      404,
    );
    expect(
      (await walk('GET', '/customers/{customerId}/status-links', '/customers/alpha/status-links')).statusCode,
    ).toBe(404);
    expect(
      (await walk('POST', '/customers/{customerId}/status-links', '/customers/alpha/status-links')).statusCode,
    ).toBe(403);
    const link = '/customers/{customerId}/status-links/{linkId}';
    expect((await walk('GET', link, '/customers/alpha/status-links/l-1')).statusCode).toBe(404);
    const revoke = '/customers/{customerId}/status-links/{linkId}/revoke';
    expect((await walk('POST', revoke, '/customers/alpha/status-links/l-1/revoke')).statusCode).toBe(403);
    // The live stream never ends, so it is walked over real HTTP in event-stream.test.ts (a contact hears only its own).
    walked.push(['GET', '/events/stream', 200]);
    // Every route the API describes was walked.
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, object> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(new Set(walked.map(([m, r]) => `${m} ${r}`))).toEqual(new Set(routes));
  });

  it('a customer contact opens and replies to its own requests, but cannot answer as the provider', async () => {
    expect(
      (await call('beta', 'POST', '/tickets', { id: 'B-1', customerId: 'beta', contractId: 'plain', severity: 'S1' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await call('beta', 'POST', '/tickets/B-1/events', { type: 'replied', author: 'customer' })).statusCode,
    ).toBe(201);
    const forged = await call('beta', 'POST', '/tickets/B-1/events', { type: 'replied', author: 'agent' });
    expect([forged.statusCode, forged.json().detail]).toEqual([403, 'a customer contact may add only its own replies']);
    expect((await call('beta', 'GET', '/tickets')).json().items.map((t: { id: string }) => t.id)).toEqual(['B-1']);
  });

  it('an auditor reads everything and changes nothing', async () => {
    expect((await call('auditor', 'GET', '/tickets/A-1')).statusCode).toBe(200);
    expect((await call('auditor', 'POST', '/tickets/A-1/events', { type: 'resolved' })).statusCode).toBe(403);
    expect((await call('auditor', 'GET', '/audit/verify')).json().ok).toBe(true);
    expect((await call('auditor', 'GET', '/audit?action=claim.')).json().items.length).toBeGreaterThan(0);
    expect((await call('auditor', 'GET', '/webhooks')).statusCode).toBe(200);
    expect((await call('auditor', 'GET', '/tokens')).statusCode).toBe(403);
    expect((await call('auditor', 'GET', '/customers/alpha/contacts')).json().items).toHaveLength(1);
    expect((await call('auditor', 'GET', '/customers/alpha/claims')).json().items).toHaveLength(1);
    expect((await call('auditor', 'GET', '/customers/alpha/credits?period=2026-06')).statusCode).toBe(200);
    for (const [method, url, payload] of [
      ['POST', '/customers/alpha/claims', { period: '2026-06' }],
      ['POST', '/services', { id: 'y', name: 'y' }],
      ['PATCH', '/services/portal', { name: 'y' }],
      ['PATCH', `/customers/alpha/contacts/${ghosts[4]![0]}`, { name: 'y' }],
      ['DELETE', `/customers/alpha/contacts/${ghosts[4]![0]}`, undefined],
      ['DELETE', '/webhooks/0123456789abcdef', undefined],
      ['POST', '/maintenance', { start: '2026-07-20T02:00:00.000Z', end: '2026-07-20T03:00:00.000Z', reason: 'y' }],
      [
        'POST',
        '/exclusions',
        { start: '2026-07-20T02:00:00.000Z', end: '2026-07-20T03:00:00.000Z', category: 'force_majeure', reason: 'y' },
      ],
    ] as const)
      expect((await call('auditor', method, url, payload)).statusCode).toBe(403);
  });

  it("enforces the contract's designated-contact limit (Invoca §2.4: up to two)", async () => {
    const add = (email: string) =>
      call('admin', 'POST', '/customers/alpha/contacts', { name: email, email, designated: true });
    expect((await add('a@example.com')).statusCode).toBe(201);
    expect((await add('b@example.com')).statusCode).toBe(201);
    const third = await add('c@example.com');
    expect([third.statusCode, third.json().field]).toEqual([409, '/designated']);
  });

  it('a revoked token stops working at once', async () => {
    const { id, token } = await issueToken(context(), { role: 'agent', label: 'temp' });
    tokens.temp = token;
    expect((await call('temp', 'GET', '/tickets')).statusCode).toBe(200);
    expect((await call('admin', 'DELETE', `/tokens/${id}`)).statusCode).toBe(204);
    expect((await call('temp', 'GET', '/tickets')).statusCode).toBe(401);
  });
});
