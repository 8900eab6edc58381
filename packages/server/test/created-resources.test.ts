import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { issueSignInTicket } from '../src/services/people/sign-in-ticket.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

type Schema = Record<string, unknown>;
interface Response {
  headers?: Record<string, { description?: string; schema?: Schema }>;
  content?: Record<string, { schema?: Schema }>;
}
type Document = {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, Response> }>>;
  components: { schemas: Record<string, Schema> };
};

/** A schema with its $ref followed into the components. */
const resolved = (doc: Document, s: Schema | undefined): Schema =>
  typeof s?.$ref === 'string' ? resolved(doc, doc.components.schemas[s.$ref.replace('#/components/schemas/', '')]) : s!;

/** The secrets a create shows once (a token, a link): its 201 may add these to what its GET answers, nothing else. */
const shownOnce = (s: Schema) => typeof s.description === 'string' && s.description.startsWith('shown once:');

/** Every operation that creates something: it answers 201. */
const creates = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => op.responses['201'])
      .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op, response: op.responses['201']! })),
  );

/** What is wrong with the creates of a document: a 201 without Location, or not the representation of its GET. */
const wrongCreates = (doc: Document) =>
  creates(doc).flatMap(({ name, response }) => {
    const location = response.headers?.location?.description?.match(/GET (\S+)$/)?.[1];
    if (!location) return [`${name}: no Location header naming its GET`];
    const read = doc.paths[location]?.get?.responses['200'];
    if (!read) return [`${name}: Location names ${location}, which has no GET`];
    const made = resolved(doc, response.content?.['application/json']?.schema);
    const shown = resolved(doc, read.content?.['application/json']?.schema);
    const madeProperties = (made.properties ?? {}) as Record<string, Schema>;
    const shownProperties = (shown.properties ?? {}) as Record<string, Schema>;
    const problems = [
      ...Object.entries(shownProperties)
        .filter(([key, s]) => JSON.stringify(madeProperties[key]) !== JSON.stringify(s))
        .map(([key]) => `${key} differs from GET ${location}`),
      ...Object.entries(madeProperties)
        .filter(([key, s]) => !(key in shownProperties) && !shownOnce(s))
        .map(([key]) => `${key} is not in GET ${location}`),
      ...((shown.required ?? []) as string[])
        .filter((key) => !((made.required ?? []) as string[]).includes(key))
        .map((key) => `${key} is optional, but required in GET ${location}`),
    ];
    return problems.map((p) => `${name}: ${p}`);
  });

// A 24x7 UTC contract with credits, so that a claim can be filed under it.
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s } }
credits: { form: fee_percent, tiers: [{ below: '99.9%', credit: 10 }], claim_window_days: 30 }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

/**
 * Issue 11: a create answers 201 with the resource as its GET shows it, and says where that GET is (Location). The
 * OpenAPI document is held to it for every create, and each create is made for real and read back at its Location.
 */
describe('201 Created', () => {
  let doc: Document;
  beforeAll(async () => {
    const app = await buildApp({
      context: () => {
        throw new Error('the description reads no data');
      },
    });
    doc = (await app.inject({ url: '/openapi.json' })).json();
    await app.close();
  });

  it('declares Location on every 201, naming a GET that answers the same representation', () => {
    expect(wrongCreates(doc)).toEqual([]);
    expect(creates(doc).length).toBeGreaterThan(20);
  });

  it('finds a 201 without Location, or with a shape of its own, wrong', () => {
    const answer = (properties: Schema) => ({ content: { 'application/json': { schema: { properties } } } });
    const location = { location: { description: 'where the created resource is read: GET /things/{id}' } };
    const planted = (made: Response): Document => ({
      paths: {
        '/things': { post: { operationId: 'makeThing', responses: { '201': made } } },
        '/things/{id}': { get: { operationId: 'getThing', responses: { '200': answer({ id: { type: 'string' } }) } } },
      },
      components: { schemas: {} },
    });
    expect(wrongCreates(planted(answer({ id: { type: 'string' } })))).toEqual([
      'POST /things: no Location header naming its GET',
    ]);
    expect(wrongCreates(planted({ ...answer({ ref: { type: 'string' } }), headers: location }))).toEqual([
      'POST /things: id differs from GET /things/{id}',
      'POST /things: ref is not in GET /things/{id}',
    ]);
    const secret = { type: 'string', description: 'shown once: the token' };
    expect(wrongCreates(planted({ ...answer({ id: { type: 'string' }, secret }), headers: location }))).toEqual([]);
  });

  describe.each(backends)('made and read back on %s', (backend) => {
    if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
    let store: TestStore;
    let app: Api;
    const clock = Date.parse('2026-07-01T12:00:00.000Z');
    let admin = '';
    const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
    beforeAll(async () => {
      store = await freshStore(backend, () => clock);
      app = await buildApp({ context });
    });
    afterAll(async () => {
      await app?.close();
      await store?.close();
    });

    it('answers every create with the resource its Location reads, Location included on an idempotent replay', async () => {
      const made = new Set<string>();
      /** Makes something, reads it at its Location with the same credentials, and answers what was made. */
      const create = async (
        template: string,
        url: string,
        payload: object,
        headers: Record<string, string> = { authorization: `Bearer ${admin}` },
      ) => {
        const r = await app.inject({ method: 'POST', url, payload, headers });
        expect([url, r.statusCode, r.body]).toEqual([url, 201, expect.any(String)]);
        made.add(template);
        const location = r.headers.location as string;
        expect(location, url).toMatch(/^\//);
        const read = await app.inject({ method: 'GET', url: location, headers });
        expect([location, read.statusCode]).toEqual([location, 200]);
        const body = r.json();
        // What the create shows once (a token, a link) is never read again; everything else is the same.
        const secrets = ['token', 'secret', 'pushToken', 'path', 'acceptPath'];
        expect(read.json(), `${url} -> ${location}`).toEqual(
          Object.fromEntries(Object.entries(body).filter(([k]) => !secrets.includes(k))),
        );
        return { body, location };
      };

      // Signing in creates the browser's session: read at /session with the cookie it set.
      const signIn = async (url: string, payload: object) => {
        const r = await app.inject({ method: 'POST', url, payload });
        made.add(url);
        expect([url, r.statusCode, r.headers.location]).toEqual([url, 201, '/session']);
        const cookie = String(r.headers['set-cookie']).split(';')[0]!;
        expect((await app.inject({ url: '/session', headers: { cookie } })).json()).toEqual(r.json());
        return r.json();
      };
      // A fresh store: the first admin is made by setup, then signs in with a password and with a one-time link.
      await signIn('/setup', { email: 'ada@example.com', password: 'a long passphrase', name: 'Ada' });
      admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
      const ada = await signIn('/session', { email: 'ada@example.com', password: 'a long passphrase' });
      const link = await issueSignInTicket(context(), ada.user.id);
      await signIn('/session/ticket', { ticket: link.split('ticket=')[1]! });
      const invitation = await create('/invitations', '/invitations', { email: 'bo@example.com', role: 'agent' });
      await signIn('/invitations/accept', {
        token: invitation.body.acceptPath.split('token=')[1],
        name: 'Bo',
        password: 'another passphrase',
      });

      await create('/customers', '/customers', { id: 'acme', name: 'Acme' });
      await create('/customers/{customerId}/contacts', '/customers/acme/contacts', {
        name: 'Ann',
        email: 'ann@example.com',
        designated: true,
      });
      const published = await create('/contracts', '/contracts', { source: contract });
      expect(published.location).toBe('/contracts/plain/versions/1');
      await app.inject({
        method: 'PUT',
        url: '/customers/acme/contracts/plain',
        payload: {},
        headers: { authorization: `Bearer ${admin}` },
      });
      const ticket1 = await create('/tickets', '/tickets', {
        id: 'T-1',
        customerId: 'acme',
        contractId: 'plain',
        severity: 'S1',
      });
      // What callers of the old answer read is still there: when the next clock falls due.
      expect(ticket1.body).toMatchObject({ ticket: { id: 'T-1' }, nextDueAt: '2026-07-01T13:00:00.000Z' });
      const reply = await create('/tickets/{id}/events', '/tickets/T-1/events', { type: 'replied', author: 'agent' });
      expect(reply.location).toBe('/tickets/T-1/events/2');
      await create('/services', '/services', { id: 'api', name: 'API' });
      await create('/services/{id}/components', '/services/api/components', { id: 'web', name: 'Web' });
      const range = { start: '2026-06-10T10:00:00.000Z', end: '2026-06-10T11:00:00.000Z' };
      const over = await create('/incidents', '/incidents', {
        ...range,
        title: 'down',
        text: 'down',
        fraction: 0.5,
        components: [{ serviceId: 'api', componentId: null }],
      });
      expect(over.body).toMatchObject({ status: 'resolved', resolvedAt: range.end });
      await create('/exclusions', '/exclusions', { ...range, category: 'customer_caused', reason: 'their DNS' });
      await create('/maintenance', '/maintenance', {
        start: '2026-07-20T02:00:00.000Z',
        end: '2026-07-20T03:00:00.000Z',
        reason: 'database upgrade',
        serviceId: 'api',
        acceptShortNotice: true,
      });
      await create('/customers/{customerId}/claims', '/customers/acme/claims', { period: '2026-06' });
      await create('/customers/{customerId}/status-links', '/customers/acme/status-links', {});
      await create('/tokens', '/tokens', { role: 'auditor', label: 'books' });
      await create('/webhooks', '/webhooks', { url: 'https://hooks.example.com/surety' });
      await create('/monitors', '/monitors', {
        id: 'beat',
        serviceId: 'api',
        componentId: 'web',
        name: 'nightly job',
        config: { type: 'heartbeat', graceMs: 60_000 },
      });
      const opened = await create('/incidents', '/incidents', {
        title: 'API errors',
        status: 'investigating',
        text: 'Looking into it.',
        fraction: 0.2,
        components: [{ serviceId: 'api', componentId: 'web' }],
      });
      await create('/incidents/{incidentId}/updates', `/incidents/${opened.body.id}/updates`, {
        status: 'resolved',
        text: 'Fixed.',
        fraction: 0,
        components: [],
      });
      // Every create of the API was made above.
      expect([...made].sort()).toEqual(
        creates(doc)
          .map(({ name }) => name.replace(/^POST /, ''))
          .sort(),
      );

      // A retry with the same Idempotency-Key is answered from the first response, with the same Location.
      const headers = { authorization: `Bearer ${admin}`, 'idempotency-key': 'svc-1' };
      const first = await app.inject({ method: 'POST', url: '/services', payload: { id: 'db', name: 'DB' }, headers });
      const retry = await app.inject({ method: 'POST', url: '/services', payload: { id: 'db', name: 'DB' }, headers });
      expect([retry.statusCode, retry.headers['idempotent-replayed'], retry.headers.location]).toEqual([
        201,
        'true',
        '/services/db',
      ]);
      expect(retry.json()).toEqual(first.json());
    });
  });
});
