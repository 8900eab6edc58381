import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { fireDueTimers } from '../src/services/clocks/fire-due-timers.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { openTicket } from '../src/services/tickets/open.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { startEmailSender, type EmailSender } from '../src/worker/email-sender.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';
import { startSmtpSink, waitFor, type SmtpSink } from './smtp-sink.js';

const at = (iso: string) => Date.parse(iso);

// A 1-hour first response with a warning at half time, around the clock: opened 09:00 UTC, warned 09:30, due 10:00.
const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
clock_defaults: { calendar: always, warn_at: ['50%'] }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

describe.each(backends)(
  'clock warnings and breaches are emailed to the assignee and the on-duty group, on %s',
  (backend) => {
    let store: TestStore;
    let app: Api;
    let sink: SmtpSink;
    let sender: EmailSender;
    let admin = '';
    let cara = '';
    let anaId = '';
    let clock = at('2026-07-06T08:00:00Z');
    const context = (p = SYSTEM) => store.context(p);

    const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
      const r = await app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });
      if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
      return r.json();
    };
    const staff = async (email: string, name: string) => {
      const invited = await ok('POST', '/invitations', { email, role: 'agent' });
      const token = new URL(invited.acceptPath, 'http://x').searchParams.get('token')!;
      await ok('POST', '/invitations/accept', { token, name, password: 'a long enough passphrase' });
      return (
        await context(SYSTEM).db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()
      ).id;
    };
    /** What the sink received about a clock, by recipient. */
    const received = async (subject: string) =>
      (await sink.received())
        .filter((m) => m.subject?.startsWith(subject))
        .map((m) => (m.to as { text: string }).text)
        .sort();

    beforeAll(async () => {
      if (skipped(backend)) return;
      sink = await startSmtpSink(mkdtempSync(join(tmpdir(), 'surety-smtp-')));
      store = await freshStore(backend, () => clock, {
        onDisk: true,
        jobQueue: { onError: () => {}, leaseSeconds: 5 },
      });
      app = await buildApp({ context, emailNotice: null });
      admin = (await issueToken(context(SYSTEM), { role: 'admin', label: 'admin' })).token;
      const quiet = { attempted: () => {}, notConfigured: () => {}, error: () => {} };
      sender = await startEmailSender(store.store, {
        smtpUrl: sink.url,
        from: 'Surety <surety@example.test>',
        log: quiet,
      });
      await ok('POST', '/customers', { id: 'acme', name: 'Acme' });
      await ok('POST', '/contracts', { source: contract });
      await ok('PUT', '/customers/acme/contracts/quick', {});
      await ok('POST', '/webhooks', { url: 'https://hooks.example.test/surety' });
      const ana = await staff('ana@provider.test', 'Ana');
      const ben = await staff('ben@provider.test', 'Ben');
      cara = await staff('cara@provider.test', 'Cara, not on duty');
      anaId = ana;
      const group = await ok('PUT', '/notice-groups/on-duty', { userIds: [ana, ben] });
      expect(group.members.map((m: { email: string }) => m.email).sort()).toEqual([
        'ana@provider.test',
        'ben@provider.test',
      ]);
    });
    afterAll(async () => {
      await sender?.stop();
      await app?.close();
      await store?.close();
      await sink?.stop();
    });

    it.skipIf(skipped(backend))(
      'a warning and a breach each reach the assignee and the on-duty group once, beside their webhooks',
      async () => {
        clock = at('2026-07-06T09:00:00Z');
        const open = (id: string) =>
          openTicket(context(SYSTEM), {
            id,
            customerId: 'acme',
            contractId: 'quick',
            severity: 'S1',
            at: clock,
            fields: {},
          });
        await open('T-1');
        await open('T-2');
        // T-1's assignee is not on duty; T-2's is (Ana), and is told once, not twice.
        expect((await ok('PUT', '/tickets/T-1/assignee', { userId: cara })).assignee).toMatchObject({
          email: 'cara@provider.test',
        });
        await ok('PUT', '/tickets/T-2/assignee', { userId: anaId });

        // The warning point has passed: it is recorded, and told.
        clock = at('2026-07-06T09:40:00Z');
        expect((await fireDueTimers(context(SYSTEM))).map((f) => [f.ticketId, f.change])).toEqual([
          ['T-1', 'warning'],
          ['T-2', 'warning'],
        ]);
        sender.queued();
        await waitFor('the warnings to arrive', async () => (await received('Clock warning')).length >= 5);

        // Past the deadline: the breaches, told once however often the timers are looked at.
        clock = at('2026-07-06T10:05:00Z');
        expect((await fireDueTimers(context(SYSTEM))).map((f) => f.change)).toEqual(['breached', 'breached']);
        expect(await fireDueTimers(context(SYSTEM))).toEqual([]);
        sender.queued();
        await waitFor('the breaches to arrive', async () => (await received('Clock breached')).length >= 5);
        // Give a duplicate the time to show up, were there one.
        await new Promise((r) => setTimeout(r, 300));
        for (const subject of ['Clock warning: T-1', 'Clock breached: T-1'])
          expect(await received(subject)).toEqual(['ana@provider.test', 'ben@provider.test', 'cara@provider.test']);
        for (const subject of ['Clock warning: T-2', 'Clock breached: T-2'])
          expect(await received(subject)).toEqual(['ana@provider.test', 'ben@provider.test']);
        const breach = (await sink.received()).find((m) => m.subject?.startsWith('Clock breached: T-1'))!;
        expect(breach.subject).toBe('Clock breached: T-1 first_response#1 was due 2026-07-06T10:00:00.000Z');
        expect(breach.text).toContain('Customer: acme. Contract: quick.');

        // The same warnings and breaches went to the webhook, once each.
        const deliveries = await context(SYSTEM)
          .db.selectFrom('webhook_deliveries')
          .select('event_type')
          .orderBy('event_type')
          .execute();
        expect(deliveries.map((d) => d.event_type)).toEqual([
          'clock.breached',
          'clock.breached',
          'clock.warning',
          'clock.warning',
        ]);
      },
    );

    it.skipIf(skipped(backend))('an unknown user cannot be assigned; null unassigns', async () => {
      const r = await app.inject({
        method: 'PUT',
        url: '/tickets/T-1/assignee',
        payload: { userId: 'nobody' },
        headers: { authorization: `Bearer ${admin}` },
      });
      expect([r.statusCode, r.json().detail]).toEqual([422, 'no user nobody']);
      const unassigned = await ok('PUT', '/tickets/T-1/assignee', { userId: null });
      expect(unassigned).toEqual({ ticketId: 'T-1', assignee: null });
      expect(await ok('GET', '/tickets/T-1/assignee')).toEqual(unassigned);
      expect((await ok('GET', '/tickets/T-2/assignee')).assignee).toMatchObject({ email: 'ana@provider.test' });
    });
  },
);
