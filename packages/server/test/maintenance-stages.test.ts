import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComponent } from '../src/services/catalog/add-component.js';
import { createService } from '../src/services/catalog/create-service.js';
import { addContact } from '../src/services/contacts/add.js';
import { SYSTEM, type ServiceContext } from '../src/services/core/service-context.js';
import { openStore, type Store } from '../src/services/core/store.js';
import { createCustomer } from '../src/services/customers/create.js';
import { cancelMaintenance } from '../src/services/maintenance/cancel.js';
import { scheduleMaintenance } from '../src/services/maintenance/schedule.js';
import { getMaintenance } from '../src/services/maintenance/get.js';
import {
  fireDueMaintenanceStages,
  nextMaintenanceStage,
  REMINDER_BEFORE_MS,
} from '../src/services/maintenance/stages.js';
import { confirmSubscription } from '../src/services/subscriptions/confirm.js';
import { subscribe } from '../src/services/subscriptions/subscribe.js';
import { startEmailSender, type EmailSender } from '../src/worker/email-sender.js';
import { startMaintenanceWorker } from '../src/worker/maintenance-worker.js';
import type { WakeLoop } from '../src/worker/wake-loop.js';
import { backends, freshStore, type TestStore } from './databases.js';
import { startSmtpSink, waitFor, type SmtpSink } from './smtp-sink.js';
import type { Database } from '../src/storage/database.js';

const at = (iso: string) => Date.parse(iso);

/** A component with one confirmed subscriber, and a customer with one designated contact. */
async function audience(ctx: ServiceContext, db: Database['db']) {
  await createService(ctx, { id: 'voice', name: 'Voice', description: '' });
  await addComponent(ctx, 'voice', { id: 'api', name: 'API' });
  await createCustomer(ctx, { id: 'acme', name: 'Acme' });
  await addContact(ctx, { customerId: 'acme', name: 'Sam SME', email: 'sme@acme.test', designated: true });
  await subscribe(ctx, { email: 'reader@example.test', serviceId: 'voice', componentId: 'api' });
  const { token } = await db.selectFrom('subscriptions').select('token').executeTakeFirstOrThrow();
  await confirmSubscription(ctx, token);
}

describe.each(backends)('maintenance moves through its stages on %s', (backend) => {
  let database: TestStore;
  let clock = at('2026-07-01T09:00:00Z');
  const ctx = () => database.context();
  const sent = async (kind: string) =>
    (await database.db.selectFrom('outbox_messages').select('recipient').where('kind', '=', kind).execute())
      .map((m) => m.recipient)
      .sort();

  beforeAll(async () => {
    database = await freshStore(backend, () => clock);
    await audience(ctx(), database.db);
  });
  afterAll(async () => database?.close());

  it('publishes, reminds a day before, and tells when it starts and ends, once each', async () => {
    const m = await scheduleMaintenance(ctx(), {
      serviceId: 'voice',
      componentId: 'api',
      start: at('2026-07-08T18:00:00Z'),
      end: at('2026-07-08T20:00:00Z'),
      reason: 'Database upgrade',
    });
    expect(await sent('maintenance.published')).toEqual(['reader@example.test', 'sme@acme.test']);
    expect(await nextMaintenanceStage(ctx())).toBe(at('2026-07-08T18:00:00Z') - REMINDER_BEFORE_MS);
    expect(await fireDueMaintenanceStages(ctx())).toEqual([]);

    clock = at('2026-07-07T18:00:00Z');
    expect(await fireDueMaintenanceStages(ctx())).toEqual([
      { maintenanceId: m.id, stage: 'reminder', dueAt: clock, notified: true },
    ]);
    expect(await fireDueMaintenanceStages(ctx())).toEqual([]);
    expect(await sent('maintenance.reminder')).toEqual(['reader@example.test', 'sme@acme.test']);
    expect(await sent('maintenance.started')).toEqual([]);

    clock = at('2026-07-08T18:00:00Z');
    expect((await fireDueMaintenanceStages(ctx())).map((f) => f.stage)).toEqual(['started']);
    expect(await sent('maintenance.started')).toEqual(['reader@example.test', 'sme@acme.test']);
    clock = at('2026-07-08T20:00:05Z');
    expect((await fireDueMaintenanceStages(ctx())).map((f) => f.stage)).toEqual(['completed']);
    expect(await sent('maintenance.completed')).toEqual(['reader@example.test', 'sme@acme.test']);
    expect(await nextMaintenanceStage(ctx())).toBeNull();
  });

  it('published within a day: no separate reminder; cancelled: nothing more', async () => {
    clock = at('2026-07-10T09:00:00Z');
    const soon = await scheduleMaintenance(ctx(), {
      serviceId: 'voice',
      start: at('2026-07-10T12:00:00Z'),
      end: at('2026-07-10T13:00:00Z'),
      reason: 'Soon',
    });
    const later = await scheduleMaintenance(ctx(), {
      serviceId: 'voice',
      start: at('2026-07-20T12:00:00Z'),
      end: at('2026-07-20T13:00:00Z'),
      reason: 'Later',
    });
    await cancelMaintenance(ctx(), later.id);
    expect(await nextMaintenanceStage(ctx())).toBe(at('2026-07-10T12:00:00Z'));
    // The server was down through the whole window: both stages are told when it is back, in order.
    clock = at('2026-07-21T00:00:00Z');
    const fired = [...(await fireDueMaintenanceStages(ctx())), ...(await fireDueMaintenanceStages(ctx()))];
    expect(fired.map((f) => [f.maintenanceId, f.stage])).toEqual([
      [soon.id, 'started'],
      [soon.id, 'completed'],
    ]);
    expect(await nextMaintenanceStage(ctx())).toBeNull();
    const kinds = await database.db
      .selectFrom('outbox_messages')
      .select('kind')
      .where('subject', 'like', '%: Later')
      .execute();
    // Its announcement and its cancellation (to the same two recipients), and none of its stages.
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      'maintenance.cancelled',
      'maintenance.cancelled',
      'maintenance.published',
      'maintenance.published',
    ]);
  });

  it('a reminder looked at after the start is skipped, not sent late', async () => {
    clock = at('2026-08-01T00:00:00Z');
    const m = await scheduleMaintenance(ctx(), {
      serviceId: 'voice',
      start: at('2026-08-05T00:00:00Z'),
      end: at('2026-08-05T01:00:00Z'),
      reason: 'Skipped reminder',
    });
    clock = at('2026-08-05T00:30:00Z');
    expect(await fireDueMaintenanceStages(ctx())).toEqual([
      { maintenanceId: m.id, stage: 'reminder', dueAt: at('2026-08-04T00:00:00Z'), notified: false },
    ]);
    expect((await fireDueMaintenanceStages(ctx())).map((f) => f.stage)).toEqual(['started']);
    const subjects = await database.db
      .selectFrom('outbox_messages')
      .select('kind')
      .where('subject', 'like', '%: Skipped reminder')
      .execute();
    expect(subjects.map((s) => s.kind).sort()).toEqual([
      'maintenance.published',
      'maintenance.published',
      'maintenance.started',
      'maintenance.started',
    ]);
  });

  it('a weekly series: announced once, then each occurrence reminded a day before its own start, across DST', async () => {
    clock = at('2026-04-01T09:00:00Z');
    // Sunday 18:00–20:00 in Cairo, three weeks running. Real-world fact (tzdata; Egypt's DST law of 2023): Cairo moves
    // from UTC+2 to UTC+3 on Friday 24 April 2026, so the first Sunday starts 16:00Z and the next two 15:00Z.
    const series = await scheduleMaintenance(ctx(), {
      serviceId: 'voice',
      componentId: 'api',
      start: at('2026-04-19T16:00:00Z'),
      end: at('2026-04-19T18:00:00Z'),
      reason: 'Weekly patching',
      repeat: { every: 'week', count: 3, zone: 'Africa/Cairo' },
    });
    expect(series.occurrences.map((o) => o.start)).toEqual([
      '2026-04-19T16:00:00.000Z',
      '2026-04-26T15:00:00.000Z',
      '2026-05-03T15:00:00.000Z',
    ]);
    const [first, second, third] = series.occurrences.map((o) => o.id);
    expect(series.id).toBe(first);
    // One announcement of the series, listing every occurrence, to each recipient.
    const published = await database.db
      .selectFrom('outbox_messages')
      .select(['recipient', 'text_body'])
      .where('kind', '=', 'maintenance.published')
      .where('subject', 'like', '%: Weekly patching')
      .execute();
    expect(published.map((m) => m.recipient).sort()).toEqual(['reader@example.test', 'sme@acme.test']);
    expect(published[0]!.text_body).toContain('Repeats every week at the same time in Africa/Cairo, 3 times in all');

    // The second occurrence is called off: it has no stages left; the others keep theirs.
    clock = at('2026-04-10T09:00:00Z');
    await cancelMaintenance(ctx(), second!);

    // Step the clock from one due stage to the next, as the worker does, and note what each step tells.
    const told: [string, string, string][] = [];
    for (let next = await nextMaintenanceStage(ctx()); next !== null; next = await nextMaintenanceStage(ctx())) {
      clock = next;
      for (const f of await fireDueMaintenanceStages(ctx()))
        if (series.occurrences.some((o) => o.id === f.maintenanceId))
          told.push([f.maintenanceId, f.stage, new Date(f.dueAt).toISOString()]);
    }
    expect(told).toEqual([
      [first, 'reminder', '2026-04-18T16:00:00.000Z'],
      [first, 'started', '2026-04-19T16:00:00.000Z'],
      [first, 'completed', '2026-04-19T18:00:00.000Z'],
      [third, 'reminder', '2026-05-02T15:00:00.000Z'],
      [third, 'started', '2026-05-03T15:00:00.000Z'],
      [third, 'completed', '2026-05-03T17:00:00.000Z'],
    ]);
    // Each reminder went to each recipient once, naming its own occurrence.
    const reminders = await database.db
      .selectFrom('outbox_messages')
      .select(['recipient', 'text_body'])
      .where('kind', '=', 'maintenance.reminder')
      .where('subject', 'like', '%: Weekly patching')
      .execute();
    expect(reminders.map((m) => m.recipient).sort()).toEqual([
      'reader@example.test',
      'reader@example.test',
      'sme@acme.test',
      'sme@acme.test',
    ]);
    expect(reminders.map((m) => /When: (\S+)/.exec(m.text_body)![1]).sort()).toEqual([
      '2026-04-19T16:00:00.000Z',
      '2026-04-19T16:00:00.000Z',
      '2026-05-03T15:00:00.000Z',
      '2026-05-03T15:00:00.000Z',
    ]);
    // Each occurrence is a maintenance of its own, naming the series.
    const got = await getMaintenance(ctx(), third!);
    expect([got.seriesId, got.occurrences.length, got.status]).toEqual([series.seriesId, 3, 'completed']);
  });
});

describe('the worker announces start and end at their times to a real SMTP server', () => {
  let store: Store;
  let sink: SmtpSink;
  let sender: EmailSender;
  let worker: WakeLoop;

  beforeAll(async () => {
    sink = await startSmtpSink(mkdtempSync(join(tmpdir(), 'surety-smtp-')));
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'surety-stages-')), 'surety.db'));
    const quiet = { attempted: () => {}, notConfigured: () => {}, error: () => {} };
    sender = await startEmailSender(store, { smtpUrl: sink.url, from: 'Status <status@example.test>', log: quiet });
    worker = startMaintenanceWorker(store, { fired: () => {}, notified: () => sender.queued(), error: () => {} });
    await audience(store.context(SYSTEM), (store.context(SYSTEM) as ServiceContext).db);
  });
  afterAll(async () => {
    await worker?.stop();
    await sender?.stop();
    await store?.close();
    await sink?.stop();
  });

  it('sends the start and end notices within a second of their times', async () => {
    const now = Date.now();
    await scheduleMaintenance(store.context(SYSTEM), {
      serviceId: 'voice',
      componentId: 'api',
      start: now + 1500,
      end: now + 3000,
      reason: 'Short window',
    });
    sender.queued();
    worker.poke();
    // The subscriber's confirmation request, then the notice, its start and its end to both recipients.
    await waitFor('the start and end notices', () => sink.count() >= 7, 15_000);
    const mail = (await sink.received()).filter((m) => !m.subject?.startsWith('Confirm your subscription'));
    const subjects = mail.map((m) => `${m.subject} → ${(m.to as { text: string }).text}`).sort();
    expect(subjects).toEqual([
      'Maintenance completed: Short window → reader@example.test',
      'Maintenance completed: Short window → sme@acme.test',
      'Maintenance in progress: Short window → reader@example.test',
      'Maintenance in progress: Short window → sme@acme.test',
      'Scheduled maintenance: Short window → reader@example.test',
      'Scheduled maintenance: Short window → sme@acme.test',
    ]);
    const started = mail.find((m) => m.subject?.startsWith('Maintenance in progress'))!;
    // Sent when the window began (Date header), not before it and not a poll interval later.
    expect(started.date!.getTime()).toBeGreaterThanOrEqual(Math.floor((now + 1500) / 1000) * 1000);
    expect(started.date!.getTime()).toBeLessThan(now + 1500 + 2000);
  });
});
