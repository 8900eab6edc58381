import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressObject } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { fireDueMaintenanceStages } from '../src/services/maintenance/stages.js';
import { confirmSubscription } from '../src/services/subscriptions/confirm.js';
import { subscribe } from '../src/services/subscriptions/subscribe.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { startEmailSender, type EmailSender } from '../src/worker/email-sender.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';
import { startSmtpSink, waitFor, type SmtpSink } from './smtp-sink.js';

const read = (path: string) => readFileSync(new URL(`../../../contracts/${path}`, import.meta.url), 'utf8');
const at = (iso: string) => Date.parse(iso);

/** A contract without windows: its customers hear of every maintenance. */
const plain = `surety: 1
contract: { id: plain, title: Plain, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

// Tactful's SLT, SCHEDULED MAINTENANCE COMMUNICATION: "Regular maintenance windows: We won't send maintenance
// notifications unless we need to deviate from the regular schedule" (contracts/tactful.yaml, window_notices). Its
// window is Sunday 18:00-24:00 in the customer's server zone; the order form says Africa/Cairo.
// Real-world fact (tzdata; Egypt's DST law of 2023): Cairo is UTC+3 in August 2026, so Sunday 23 August's window is
// 15:00Z-21:00Z.
describe.each(backends)('maintenance inside a regular window follows the contract, on %s', (backend) => {
  let store: TestStore;
  let app: Api;
  let sink: SmtpSink;
  let sender: EmailSender;
  let admin = '';
  let clock = at('2026-08-19T09:00:00Z');
  const context = (p = SYSTEM) => store.context(p);

  const ok = async (method: 'POST' | 'PUT', url: string, payload?: object) => {
    const r = await app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });
    if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.json();
  };
  /** Every address that received a message whose subject is `subject`, sorted (one entry per delivery). */
  const receivedBy = async (subject: string, expected: number) => {
    sender.queued();
    await waitFor(`${expected} deliveries of "${subject}"`, async () => (await deliveries(subject)).length >= expected);
    // Give a message that should not have been sent the time to show up, were there one.
    await new Promise((r) => setTimeout(r, 300));
    return deliveries(subject);
  };
  const deliveries = async (subject: string) =>
    (await sink.received())
      .filter((m) => m.subject === subject)
      .flatMap((m) => (m.to as AddressObject).value.map((v) => v.address!))
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
      from: 'Status <status@example.test>',
      log: quiet,
    });

    await ok('POST', '/services', { id: 'voice', name: 'Voice' });
    await ok('POST', '/services/voice/components', { id: 'api', name: 'API' });
    await ok('POST', '/contracts', { source: read('tactful.yaml') });
    await ok('POST', '/contracts', { source: plain });
    // Umbrella is under Tactful alone; Mixed under Tactful and the plain contract (not every contract promises
    // silence, so it is told); Beta under the plain contract.
    await ok('POST', '/customers', { id: 'umbrella', name: 'Umbrella' });
    await ok('PUT', '/customers/umbrella/contracts/tactful-engage-slt', {
      orderForm: read('order-forms/tactful-acme.yaml'),
    });
    await ok('POST', '/customers', { id: 'mixed', name: 'Mixed' });
    await ok('PUT', '/customers/mixed/contracts/tactful-engage-slt', {
      orderForm: read('order-forms/tactful-acme.yaml'),
    });
    await ok('PUT', '/customers/mixed/contracts/plain', {});
    await ok('POST', '/customers', { id: 'beta', name: 'Beta' });
    await ok('PUT', '/customers/beta/contracts/plain', {});
    await ok('POST', '/customers/umbrella/contacts', { name: 'Una', email: 'admin@umbrella.test', designated: true });
    await ok('POST', '/customers/mixed/contacts', { name: 'Max', email: 'max@mixed.test', designated: true });
    await ok('POST', '/customers/beta/contacts', { name: 'Bo', email: 'bo@beta.test', designated: true });
    // An Umbrella engineer who subscribed on the status page: asked for every notice of voice/api.
    await subscribe(context(SYSTEM), { email: 'eng@umbrella.test', serviceId: 'voice', componentId: 'api' });
    const { token } = await context(SYSTEM).db.selectFrom('subscriptions').select('token').executeTakeFirstOrThrow();
    await confirmSubscription(context(SYSTEM), token);
  });
  afterAll(async () => {
    await sender?.stop();
    await app?.close();
    await store?.close();
    await sink?.stop();
  });

  it.skipIf(skipped(backend))(
    "wholly inside Tactful's window: no email to Umbrella's contacts at any stage; subscribers and others are told",
    async () => {
      clock = at('2026-08-19T09:00:00Z');
      const m = await ok('POST', '/maintenance', {
        serviceId: 'voice',
        componentId: 'api',
        start: '2026-08-23T16:00:00.000Z',
        end: '2026-08-23T18:00:00.000Z',
        reason: 'OS upgrade',
      });
      expect(m.notice.find((c: { customerId: string }) => c.customerId === 'umbrella')).toMatchObject({
        window: 'inside',
      });
      const told = ['bo@beta.test', 'eng@umbrella.test', 'max@mixed.test'];
      expect(await receivedBy('Scheduled maintenance: OS upgrade', 3)).toEqual(told);

      clock = at('2026-08-22T16:00:00Z');
      expect((await fireDueMaintenanceStages(context(SYSTEM))).map((f) => f.stage)).toEqual(['reminder']);
      expect(await receivedBy('Reminder: scheduled maintenance: OS upgrade', 3)).toEqual(told);

      clock = at('2026-08-23T16:00:00Z');
      expect((await fireDueMaintenanceStages(context(SYSTEM))).map((f) => f.stage)).toEqual(['started']);
      expect(await receivedBy('Maintenance in progress: OS upgrade', 3)).toEqual(told);

      clock = at('2026-08-23T18:00:00Z');
      expect((await fireDueMaintenanceStages(context(SYSTEM))).map((f) => f.stage)).toEqual(['completed']);
      expect(await receivedBy('Maintenance completed: OS upgrade', 3)).toEqual(told);
    },
  );

  it.skipIf(skipped(backend))(
    "running past midnight in Cairo deviates from the window: Umbrella's contacts are told as usual",
    async () => {
      clock = at('2026-08-26T09:00:00Z');
      await ok('POST', '/maintenance', {
        serviceId: 'voice',
        componentId: 'api',
        start: '2026-08-30T20:00:00.000Z',
        end: '2026-08-30T22:00:00.000Z',
        reason: 'Database migration',
      });
      expect(await receivedBy('Scheduled maintenance: Database migration', 4)).toEqual([
        'admin@umbrella.test',
        'bo@beta.test',
        'eng@umbrella.test',
        'max@mixed.test',
      ]);
      clock = at('2026-08-29T20:00:00Z');
      expect((await fireDueMaintenanceStages(context(SYSTEM))).map((f) => f.stage)).toEqual(['reminder']);
      expect(await receivedBy('Reminder: scheduled maintenance: Database migration', 4)).toContain(
        'admin@umbrella.test',
      );
    },
  );

  it.skipIf(skipped(backend))(
    "Umbrella's own maintenance inside its window: only the subscriber hears of it",
    async () => {
      clock = at('2026-09-01T09:00:00Z');
      const m = await ok('POST', '/maintenance', {
        customerId: 'umbrella',
        start: '2026-09-06T15:00:00.000Z',
        end: '2026-09-06T21:00:00.000Z',
        reason: 'Umbrella DNS change',
      });
      expect(m.notice).toEqual([expect.objectContaining({ contractId: 'tactful-engage-slt', window: 'inside' })]);
      // A message to another recipient after it, to know the sender has gone past anything queued before.
      await ok('POST', '/maintenance', {
        customerId: 'beta',
        start: '2026-09-06T15:00:00.000Z',
        end: '2026-09-06T16:00:00.000Z',
        reason: 'Beta check',
      });
      expect(await receivedBy('Scheduled maintenance: Beta check', 2)).toEqual(['bo@beta.test', 'eng@umbrella.test']);
      // Maintenance naming no component reaches every subscriber; Umbrella's designated contact was never queued.
      // Waited for, not read at once: on PostgreSQL each message is a job of the shared queue, so Beta's may be
      // delivered first.
      expect(await receivedBy('Scheduled maintenance: Umbrella DNS change', 1)).toEqual(['eng@umbrella.test']);
      const queued = await context(SYSTEM)
        .db.selectFrom('outbox_messages')
        .select('recipient')
        .where('subject', '=', 'Scheduled maintenance: Umbrella DNS change')
        .execute();
      expect(queued.map((q) => q.recipient)).toEqual(['eng@umbrella.test']);
    },
  );
});
