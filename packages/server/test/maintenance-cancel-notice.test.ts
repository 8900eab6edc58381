import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { AddressObject } from 'mailparser';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { nextMaintenanceStage } from '../src/services/maintenance/stages.js';
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

// Tactful's SLT, SCHEDULED MAINTENANCE COMMUNICATION: "We won't send maintenance notifications unless we need to
// deviate from the regular schedule" (contracts/tactful.yaml, window_notices). Its window is Sunday 18:00-24:00 in the
// customer's server zone; the order form says Africa/Cairo.
// Real-world fact (tzdata; Egypt's DST law of 2023): Cairo is UTC+3 in August 2026, so Sunday 23 August's window is
// 15:00Z-21:00Z.
describe.each(backends)('cancelling one maintenance tells those its notice told, on %s', (backend) => {
  let store: TestStore;
  let app: Api;
  let sink: SmtpSink;
  let sender: EmailSender;
  let admin = '';
  let clock = at('2026-08-19T09:00:00Z');
  const context = (p = SYSTEM) => store.context(p);

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const r = await call(method, url, payload);
    if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.json();
  };
  const deliveries = async (subject: string) =>
    (await sink.received())
      .filter((m) => m.subject === subject)
      .flatMap((m) => (m.to as AddressObject).value.map((v) => v.address!))
      .sort();
  /** Every address that received a message whose subject is `subject`, sorted (one entry per delivery). */
  const receivedBy = async (subject: string, expected: number) => {
    sender.queued();
    await waitFor(`${expected} deliveries of "${subject}"`, async () => (await deliveries(subject)).length >= expected);
    // Give a message that should not have been sent the time to show up, were there one.
    await new Promise((r) => setTimeout(r, 300));
    return deliveries(subject);
  };
  /** The recipients the outbox holds for `subject`, sorted: what the cancelling transaction wrote. */
  const queuedFor = async (subject: string) =>
    (
      await context()
        .db.selectFrom('outbox_messages')
        .select('recipient')
        .where('subject', '=', subject)
        .orderBy('recipient')
        .execute()
    ).map((m) => m.recipient);

  beforeAll(async () => {
    if (skipped(backend)) return;
    sink = await startSmtpSink(mkdtempSync(join(tmpdir(), 'surety-smtp-')));
    store = await freshStore(backend, () => clock, {
      onDisk: true,
      publicUrl: 'https://status.example.test',
      jobQueue: { onError: () => {}, leaseSeconds: 5 },
    });
    app = await buildApp({ context, emailNotice: null });
    admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    const quiet = { attempted: () => {}, notConfigured: () => {}, error: () => {} };
    sender = await startEmailSender(store.store, {
      smtpUrl: sink.url,
      from: 'Status <status@example.test>',
      log: quiet,
    });

    await ok('POST', '/services', { id: 'voice', name: 'Voice' });
    await ok('POST', '/services/voice/components', { id: 'api', name: 'API' });
    await ok('POST', '/services/voice/components', { id: 'portal', name: 'Portal' });
    await ok('POST', '/contracts', { source: read('tactful.yaml') });
    await ok('POST', '/contracts', { source: plain });
    // Umbrella is under Tactful alone (kept quiet about work inside its window); Beta under the plain contract.
    await ok('POST', '/customers', { id: 'umbrella', name: 'Umbrella' });
    await ok('PUT', '/customers/umbrella/contracts/tactful-engage-slt', {
      orderForm: read('order-forms/tactful-acme.yaml'),
    });
    await ok('POST', '/customers', { id: 'beta', name: 'Beta' });
    await ok('PUT', '/customers/beta/contracts/plain', {});
    await ok('POST', '/customers/umbrella/contacts', { name: 'Una', email: 'admin@umbrella.test', designated: true });
    await ok('POST', '/customers/beta/contacts', { name: 'Bo', email: 'bo@beta.test', designated: true });
    // A subscriber of the component the maintenance affects, and one of another component, who hears nothing of it.
    for (const [email, componentId] of [
      ['eng@umbrella.test', 'api'],
      ['portal@example.test', 'portal'],
    ] as const) {
      await subscribe(context(), { email, serviceId: 'voice', componentId });
      const { token } = await context()
        .db.selectFrom('subscriptions')
        .select('token')
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      await confirmSubscription(context(), token);
    }
  });
  afterAll(async () => {
    await sender?.stop();
    await app?.close();
    await store?.close();
    await sink?.stop();
  });

  it.skipIf(skipped(backend))(
    'announced maintenance called off: every recipient of its notice is told, in the cancelling transaction; page, feeds and calendar show it cancelled',
    async () => {
      clock = at('2026-08-19T09:00:00Z');
      // Monday evening: outside Tactful's Sunday window, so every customer was told.
      const m = await ok('POST', '/maintenance', {
        serviceId: 'voice',
        componentId: 'api',
        start: '2026-08-24T20:00:00.000Z',
        end: '2026-08-24T22:00:00.000Z',
        reason: 'Storage upgrade',
      });
      const told = ['admin@umbrella.test', 'bo@beta.test', 'eng@umbrella.test'];
      expect(await receivedBy('Scheduled maintenance: Storage upgrade', 3)).toEqual(told);

      clock = at('2026-08-20T09:00:00Z');
      expect((await ok('POST', `/maintenance/${m.id}/cancel`)).status).toBe('cancelled');
      // Written with the cancellation: in the outbox when the call answers, before any delivery.
      expect(await queuedFor('Maintenance cancelled: Storage upgrade')).toEqual(told);
      expect(await receivedBy('Maintenance cancelled: Storage upgrade', 3)).toEqual(told);
      const mail = (await sink.received()).find((x) => x.subject === 'Maintenance cancelled: Storage upgrade')!;
      expect(mail.text).toContain(
        'This maintenance will not take place: 2026-08-24T20:00:00.000Z to 2026-08-24T22:00:00.000Z (UTC).',
      );

      // No reminder, start or end of it is told any more.
      expect(await nextMaintenanceStage(context())).toBeNull();

      const page = (await app.inject({ url: '/status' })).body;
      expect(page).toMatch(
        new RegExp(
          `id="maintenance-${m.id}">\\s*<div class="row"><h3>Storage upgrade</h3><span class="muted">Cancelled`,
        ),
      );
      expect(page).toContain('All systems operational');
      const rss = new XMLParser().parse((await app.inject({ url: '/status/feed.rss' })).body);
      const items = ([] as { title: string; guid: string; pubDate: string }[]).concat(rss.rss.channel.item);
      const cancelEntry = items.find((i) => String(i.guid).endsWith(`#maintenance-${m.id}-cancelled`))!;
      expect(cancelEntry.title).toBe('[maintenance cancelled] Storage upgrade');
      expect(new Date(cancelEntry.pubDate).toISOString()).toBe('2026-08-20T09:00:00.000Z');
      const events = Object.values(ical.sync.parseICS((await app.inject({ url: '/status/maintenance.ics' })).body));
      expect(events.find((e) => e?.type === 'VEVENT' && e.uid === `maintenance-${m.id}@surety`)).toMatchObject({
        status: 'CANCELLED',
      });
    },
  );

  it.skipIf(skipped(backend))(
    "inside Tactful's window: Umbrella's contacts, never told of it, are not told it is off; the others are",
    async () => {
      clock = at('2026-08-19T09:00:00Z');
      const m = await ok('POST', '/maintenance', {
        serviceId: 'voice',
        componentId: 'api',
        start: '2026-08-23T16:00:00.000Z',
        end: '2026-08-23T18:00:00.000Z',
        reason: 'OS upgrade',
      });
      const told = ['bo@beta.test', 'eng@umbrella.test'];
      expect(await receivedBy('Scheduled maintenance: OS upgrade', 2)).toEqual(told);
      await ok('POST', `/maintenance/${m.id}/cancel`);
      expect(await receivedBy('Maintenance cancelled: OS upgrade', 2)).toEqual(told);
    },
  );

  it.skipIf(skipped(backend))(
    'one occurrence of a series called off: told of that window alone, to those the series was announced to',
    async () => {
      clock = at('2026-08-19T09:00:00Z');
      // Monday evenings: outside Tactful's window, so Umbrella was told of the series and hears of its change.
      const series = await ok('POST', '/maintenance', {
        serviceId: 'voice',
        componentId: 'api',
        start: '2026-08-24T20:00:00.000Z',
        end: '2026-08-24T21:00:00.000Z',
        reason: 'Weekly patching',
        repeat: { every: 'week', count: 3, zone: 'UTC' },
      });
      const told = ['admin@umbrella.test', 'bo@beta.test', 'eng@umbrella.test'];
      expect(await receivedBy('Scheduled maintenance: Weekly patching', 3)).toEqual(told);
      const second = (series.occurrences as { id: string }[])[1]!.id;
      await ok('POST', `/maintenance/${second}/cancel`);
      expect(await receivedBy('Maintenance cancelled: Weekly patching', 3)).toEqual(told);
      const mail = (await sink.received()).find((x) => x.subject === 'Maintenance cancelled: Weekly patching')!;
      expect(mail.text).toContain('2026-08-31T20:00:00.000Z to 2026-08-31T21:00:00.000Z (UTC)');
      expect(mail.text).toContain('Only this window of its series is called off.');
    },
  );

  it.skipIf(skipped(backend))(
    'maintenance never announced (recorded as an exclusion) is cancelled silently; begun maintenance is refused',
    async () => {
      clock = at('2026-08-19T09:00:00Z');
      const recorded = await ok('POST', '/exclusions', {
        serviceId: 'voice',
        componentId: 'api',
        category: 'scheduled_maintenance',
        start: '2026-08-25T20:00:00.000Z',
        end: '2026-08-25T21:00:00.000Z',
        reason: 'Recorded by hand',
      });
      expect((await ok('POST', `/maintenance/${recorded.id}/cancel`)).status).toBe('cancelled');
      expect(await queuedFor('Maintenance cancelled: Recorded by hand')).toEqual([]);
      expect((await app.inject({ url: '/status' })).body).toContain(`id="maintenance-${recorded.id}"`);

      const begun = await ok('POST', '/maintenance', {
        serviceId: 'voice',
        componentId: 'api',
        start: '2026-08-26T20:00:00.000Z',
        end: '2026-08-26T21:00:00.000Z',
        reason: 'Cache flush',
      });
      clock = at('2026-08-26T20:30:00Z');
      const refused = await call('POST', `/maintenance/${begun.id}/cancel`);
      expect([refused.statusCode, refused.json().code]).toEqual([409, 'conflict']);
      expect(await queuedFor('Maintenance cancelled: Cache flush')).toEqual([]);
    },
  );
});
