import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { verifyAudit } from '../src/services/audit/log.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

// PostgreSQL runs these writes truly at once (a pool of connections); SQLite runs one write transaction at a
// time. Either way the result must be as if they had run one after another.
describe.each(backends)('concurrent writes on %s', (backend) => {
  let store: TestStore;
  let app: Api;
  let admin = '';
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });

  beforeAll(async () => {
    if (skipped(backend)) return;
    // As the server runs them: on SQLite, writes that arrive together share a transaction (group commit).
    store = await freshStore(backend, Date.now);
    app = await buildApp({ context });
    admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await call('POST', '/customers', { id: 'acme', name: 'Acme' });
    await call('POST', '/contracts', { source: contract });
    await call('PUT', '/customers/acme/contracts/quick', {});
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it.skipIf(skipped(backend))(
    'numbers simultaneous events on one ticket without gaps, refuses a bad one alone, and keeps one audit chain',
    async () => {
      expect(
        (await call('POST', '/tickets', { id: 'T', customerId: 'acme', contractId: 'quick', severity: 'S1' }))
          .statusCode,
      ).toBe(201);
      const statuses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          call('POST', '/tickets/T/events', { type: 'replied', author: i % 2 ? 'agent' : 'customer', public: true }),
        ),
      );
      expect(statuses.map((r) => r.statusCode)).toEqual(Array(40).fill(201));
      // One bad write among simultaneous good ones is refused alone; the others are written.
      const mixed = await Promise.all([
        call('POST', '/tickets/T/events', { type: 'replied', author: 'agent', public: true }),
        call('POST', '/tickets/T/events', {
          type: 'replied',
          author: 'agent',
          public: true,
          at: '2999-01-01T00:00:00Z',
        }),
        call('POST', '/tickets/T/events', { type: 'replied', author: 'agent', public: true }),
      ]);
      expect(mixed.map((r) => r.statusCode)).toEqual([201, 422, 201]);
      const seqs = statuses.map((r) => r.json().seq as number).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
      // Simultaneous tickets and events touch the audit chain at once: it must still verify, entry by entry.
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          call('POST', '/tickets', { id: `U${i}`, customerId: 'acme', contractId: 'quick', severity: 'S1' }),
        ),
      );
      const audit = await verifyAudit(context());
      expect(audit).toMatchObject({ ok: true });
      expect(audit.entries).toBeGreaterThanOrEqual(1 + 3 + 1 + 42 + 30);
    },
  );

  it.skipIf(skipped(backend))(
    'writes events that arrive together for several tickets and callers, each refused or numbered on its own and audited under its caller',
    async () => {
      for (const id of ['P', 'Q'])
        await call('POST', '/tickets', { id, customerId: 'acme', contractId: 'quick', severity: 'S1' });
      const contact = (await issueToken(context(), { role: 'customer', customerId: 'acme', label: 'Ann at Acme' }))
        .token;
      const as = (token: string, url: string, payload: object) =>
        app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
      const answers = await Promise.all([
        as(admin, '/tickets/P/events', { type: 'replied', author: 'agent', public: true }),
        as(contact, '/tickets/Q/events', { type: 'replied', author: 'customer', public: true }),
        // The engine refuses a severity the contract does not define: refused alone, between two accepted.
        as(admin, '/tickets/P/events', { type: 'severity_changed', severity: 'S9' }),
        as(admin, '/tickets/P/events', { type: 'status_changed', status: 'in_progress' }),
        // A contact may not change the status: refused before the engine sees it.
        as(contact, '/tickets/Q/events', { type: 'status_changed', status: 'closed' }),
        as(contact, '/tickets/missing/events', { type: 'replied', author: 'customer', public: true }),
      ]);
      expect(answers.map((r) => r.statusCode)).toEqual([201, 201, 422, 201, 403, 404]);
      expect(answers[2]!.json().detail).toMatch(/S9/);
      // Requests in flight together have no order among them: P's two accepted events take its next two numbers.
      expect([answers[0]!.json().seq, answers[3]!.json().seq].sort()).toEqual([2, 3]);
      expect(answers[1]!.json().seq).toBe(2);
      const audited = await store.db
        .selectFrom('audit_log')
        .select(['entity', 'action', 'actor'])
        .where('entity', 'in', ['ticket:P', 'ticket:Q'])
        .where('action', 'like', 'ticket.%')
        .where('action', '!=', 'ticket.opened')
        .orderBy('seq')
        .execute();
      expect(audited).toEqual(
        expect.arrayContaining([
          { entity: 'ticket:P', action: 'ticket.replied', actor: expect.stringContaining('(admin)') },
          { entity: 'ticket:P', action: 'ticket.status_changed', actor: expect.stringContaining('(admin)') },
          { entity: 'ticket:Q', action: 'ticket.replied', actor: expect.stringContaining('(Ann at Acme)') },
        ]),
      );
      expect(audited).toHaveLength(3);
      expect(await verifyAudit(context())).toMatchObject({ ok: true });
    },
  );
});
