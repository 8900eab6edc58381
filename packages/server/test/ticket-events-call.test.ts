import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { verifyAudit } from '../src/services/audit/log.js';
import { SYSTEM, type Principal } from '../src/services/core/service-context.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }, { id: S2, name: two, definition: slow }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } }, S2: { first_response: { within: 4h } } } } }
`;

// POST /ticket-events: many events in one call, each recorded or refused as its own POST /tickets/{id}/events
// would be. The clock is real (Date.now): events are stated at their time of receipt.
describe.each(backends)('recording many ticket events in one call on %s', (backend) => {
  let store: TestStore;
  let app: Api;
  let admin = '';
  let contact = '';
  const call = (url: string, payload: object, token = admin, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}`, ...headers } });
  const events = (ticketId: string) =>
    app.inject({ method: 'GET', url: `/tickets/${ticketId}`, headers: { authorization: `Bearer ${admin}` } });

  beforeAll(async () => {
    if (skipped(backend)) return;
    // Built as the server builds its store: events go through the store's batcher, as concurrent callers' do.
    store = await freshStore(backend, Date.now);
    const context = (principal: Principal = SYSTEM) => store.context(principal);
    app = await buildApp({ context });
    admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await call('/customers', { id: 'acme', name: 'Acme' });
    await call('/customers', { id: 'globex', name: 'Globex' });
    await call('/contracts', { source: contract });
    for (const customer of ['acme', 'globex'])
      await app.inject({
        method: 'PUT',
        url: `/customers/${customer}/contracts/quick`,
        payload: {},
        headers: { authorization: `Bearer ${admin}` },
      });
    for (const [id, customerId] of [
      ['A', 'acme'],
      ['B', 'acme'],
      ['G', 'globex'],
    ])
      expect((await call('/tickets', { id, customerId, contractId: 'quick', severity: 'S1' })).statusCode).toBe(201);
    contact = (await issueToken(context(), { role: 'customer', customerId: 'acme', label: 'Ann at Acme' })).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it.skipIf(skipped(backend))(
    'records each event or refuses it in its place, numbers a ticket’s events in the order given, and audits each',
    async () => {
      const answer = await call('/ticket-events', {
        events: [
          { ticketId: 'A', type: 'replied', author: 'agent' },
          { ticketId: 'B', type: 'status_changed', status: 'in_progress' },
          // The engine refuses a severity the contract does not define: refused alone, in its place.
          { ticketId: 'A', type: 'severity_changed', severity: 'S9' },
          { ticketId: 'missing', type: 'resolved' },
          { ticketId: 'A', type: 'severity_changed', severity: 'S2' },
          { ticketId: 'A', type: 'resolved' },
          { ticketId: 'B', type: 'replied', author: 'customer', public: false },
        ],
      });
      expect(answer.statusCode).toBe(200);
      const body = answer.json();
      expect(body).toMatchObject({ recorded: 5, refused: 2 });
      expect(body.results.map((r: { ticketId: string }) => r.ticketId)).toEqual([
        'A',
        'B',
        'A',
        'missing',
        'A',
        'A',
        'B',
      ]);
      expect(body.results[0].event).toMatchObject({ seq: 2, type: 'replied', author: 'agent', public: true });
      expect(body.results[1].event).toMatchObject({ seq: 2, type: 'status_changed', status: 'in_progress' });
      expect(body.results[2].refusal).toMatchObject({ code: 'invalid', status: 422, field: '/events/2' });
      expect(body.results[2].refusal.detail).toMatch(/S9/);
      expect(body.results[3].refusal).toMatchObject({ code: 'not_found', status: 404, field: '/events/3' });
      expect(body.results[3].refusal.detail).toBe('no ticket missing');
      expect(body.results[4].event).toMatchObject({ seq: 3, type: 'severity_changed', severity: 'S2' });
      expect(body.results[5].event).toMatchObject({ seq: 4, type: 'resolved' });
      expect(body.results[6].event).toMatchObject({ seq: 3, type: 'replied', author: 'customer', public: false });
      // Instants on the wire, as everywhere: ISO-8601 UTC.
      expect(body.results[0].event.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      // As read back: A resolved under S2, with its events in the order given.
      const a = (await events('A')).json();
      expect(a.events.map((e: { type: string }) => e.type)).toEqual([
        'opened',
        'replied',
        'severity_changed',
        'resolved',
      ]);
      expect(a.clocks).toMatchObject({ severity: 'S2', phase: 'resolved' });
      const audited = await store.db
        .selectFrom('audit_log')
        .select(['entity', 'action'])
        .where('entity', 'in', ['ticket:A', 'ticket:B'])
        .where('action', '!=', 'ticket.opened')
        .orderBy('seq')
        .execute();
      expect(audited).toHaveLength(5);
      expect(await verifyAudit(store.context())).toMatchObject({ ok: true });
    },
  );

  it.skipIf(skipped(backend))(
    "keeps a call's events together and in order while other callers' events arrive at once",
    async () => {
      for (const id of ['C', 'D'])
        await call('/tickets', { id, customerId: 'acme', contractId: 'quick', severity: 'S1' });
      // Four calls of 150 events each and 40 single events, all at once: the batches they share may not split a
      // call, so each call's events on C are consecutive and in its order.
      const calls = Array.from({ length: 4 }, (_, c) =>
        call('/ticket-events', {
          events: Array.from({ length: 150 }, (_, i) => ({
            ticketId: i % 2 ? 'C' : 'D',
            type: 'status_changed',
            status: `call${c}-${i}`,
          })),
        }),
      );
      const singles = Array.from({ length: 40 }, (_, i) =>
        call(`/tickets/C/events`, { type: 'status_changed', status: `single-${i}` }),
      );
      const answers = await Promise.all([...calls, ...singles]);
      expect(answers.map((a) => a.statusCode)).toEqual([...Array(4).fill(200), ...Array(40).fill(201)]);
      for (const a of answers.slice(0, 4)) expect(a.json()).toMatchObject({ recorded: 150, refused: 0 });
      const c = (await events('C')).json();
      const statuses: string[] = c.events
        .filter((e: { type: string }) => e.type === 'status_changed')
        .map((e: { status: string }) => e.status);
      expect(statuses).toHaveLength(4 * 75 + 40);
      expect(c.events.map((e: { seq: number }) => e.seq)).toEqual(
        Array.from({ length: c.events.length }, (_, i) => i + 1),
      );
      for (let k = 0; k < 4; k++) {
        const mine = statuses.flatMap((s, at) => (s.startsWith(`call${k}-`) ? [at] : []));
        expect(mine).toHaveLength(75);
        expect(mine.at(-1)! - mine[0]!).toBe(74);
        expect(mine.map((at) => Number(statuses[at]!.split('-')[1]))).toEqual(
          Array.from({ length: 75 }, (_, i) => 2 * i + 1),
        );
      }
    },
  );

  it.skipIf(skipped(backend))(
    'answers a retry with the same Idempotency-Key with the first outcomes, and writes nothing again',
    async () => {
      await call('/tickets', { id: 'E', customerId: 'acme', contractId: 'quick', severity: 'S1' });
      const payload = {
        events: [
          { ticketId: 'E', type: 'replied', author: 'agent' },
          { ticketId: 'E', type: 'severity_changed', severity: 'S9' },
        ],
      };
      const first = await call('/ticket-events', payload, admin, { 'idempotency-key': 'bulk-1' });
      const retry = await call('/ticket-events', payload, admin, { 'idempotency-key': 'bulk-1' });
      expect(first.statusCode).toBe(200);
      expect(retry.statusCode).toBe(200);
      expect(retry.json()).toEqual(first.json());
      expect(first.json()).toMatchObject({ recorded: 1, refused: 1 });
      expect((await events('E')).json().events).toHaveLength(2);
      const other = await call('/ticket-events', { events: [payload.events[0]] }, admin, {
        'idempotency-key': 'bulk-1',
      });
      expect(other.statusCode).toBe(409);
      expect(other.json().code).toBe('idempotency_key_reused');
    },
  );

  it.skipIf(skipped(backend))(
    "lets a customer contact add its own replies to its own customer's requests, and nothing else",
    async () => {
      const answer = await call(
        '/ticket-events',
        {
          events: [
            { ticketId: 'B', type: 'replied', author: 'customer' },
            { ticketId: 'B', type: 'status_changed', status: 'closed' },
            // Another customer's request: answered as if it did not exist.
            { ticketId: 'G', type: 'replied', author: 'customer' },
          ],
        },
        contact,
      );
      expect(answer.statusCode).toBe(200);
      const [reply, status, other] = answer.json().results;
      expect(reply.event).toMatchObject({ type: 'replied', author: 'customer' });
      expect(status.refusal).toMatchObject({ code: 'forbidden', field: '/events/1/type' });
      expect(other.refusal).toMatchObject({ code: 'not_found', detail: 'no ticket G' });
      expect((await events('G')).json().events).toHaveLength(1);
    },
  );

  it.skipIf(skipped(backend))(
    'refuses a call that does not fit, naming the field: no events, too many, an unknown field, no ticket',
    async () => {
      const refused = async (payload: object, field: string) => {
        const r = await call('/ticket-events', payload);
        expect(r.statusCode).toBe(422);
        expect(r.json()).toMatchObject({ code: 'invalid', field });
      };
      await refused({ events: [] }, '/events');
      await refused(
        { events: Array.from({ length: 501 }, () => ({ ticketId: 'A', type: 'replied', author: 'agent' })) },
        '/events',
      );
      await refused({ events: [{ ticketId: 'A', type: 'resolved', reason: 'done' }] }, '/events/0/reason');
      await refused({ events: [{ type: 'resolved' }] }, '/events/0/ticketId');
      await refused({ events: [{ ticketId: 'A', type: 'merged' }] }, '/events/0/type');
      await refused(
        { events: [{ ticketId: 'A', type: 'status_changed', status: 'x'.repeat(101) }] },
        '/events/0/status',
      );
      // The single-event call is as strict about fields it does not know.
      const single = await call('/tickets/A/events', { type: 'reopened', reason: 'again' });
      expect(single.statusCode).toBe(422);
      expect(single.json()).toMatchObject({ code: 'invalid', field: '/reason' });
    },
  );
});
