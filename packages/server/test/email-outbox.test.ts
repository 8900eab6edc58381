import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { writeTransaction } from '../src/services/core/write-transaction.js';
import { enqueueEmail, type OutgoingEmail } from '../src/services/outbox/enqueue.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import {
  EMAIL_NOT_CONFIGURED,
  startEmailSender,
  type EmailSender,
  type EmailSenderOptions,
} from '../src/worker/email-sender.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';
import { startSmtpSink, waitFor, type SmtpSink } from './smtp-sink.js';

const quiet: EmailSenderOptions['log'] = { attempted: () => {}, notConfigured: () => {}, error: () => {} };
// Retries 100 ms apart, at most 400 ms: the test sees a restarted server used within a second, not minutes.
const policy = { retryBaseMs: 100, maxDelayMs: 400 };

const notice = (key: string, to: string[]): OutgoingEmail => ({
  kind: 'test.notice',
  key,
  to,
  subject: `Notice ${key}`,
  content: { title: `Notice ${key}`, paragraphs: ['Work <on> the API & portal.'], footer: 'You subscribed.' },
  headers: (r) => ({ 'List-Unsubscribe': `<https://status.example/unsubscribe?r=${encodeURIComponent(r)}>` }),
});

describe.each(backends)('email outbox on %s: written with its change, sent at least once over SMTP', (backend) => {
  let store: TestStore;
  let sink: SmtpSink;
  let app: Api;
  let admin = '';
  const senders: EmailSender[] = [];

  // As the API does after a write: the senders look at the outbox at once.
  const enqueue = async (emails: OutgoingEmail[]) => {
    await writeTransaction(store.context(SYSTEM), (trx) => enqueueEmail(trx, store.context(SYSTEM), emails));
    for (const s of senders) s.queued();
  };
  const outbox = async (query = '') =>
    (await app.inject({ url: `/outbox?limit=500${query}`, headers: { authorization: `Bearer ${admin}` } })).json();
  const start = async (smtpUrl: string | undefined, log = quiet) => {
    const sender = await startEmailSender(store.store, { smtpUrl, from: 'Status <status@example.test>', policy, log });
    senders.push(sender);
    return sender;
  };

  beforeAll(async () => {
    if (skipped(backend)) return;
    sink = await startSmtpSink(mkdtempSync(join(tmpdir(), 'surety-smtp-')));
    store = await freshStore(backend, Date.now, {
      onDisk: true,
      jobQueue: { onError: () => {}, leaseSeconds: 5 },
    });
    app = await buildApp({ context: (p) => store.context(p), emailNotice: null });
    admin = (await issueToken(store.context(SYSTEM), { role: 'admin', label: 'admin' })).token;
  });
  afterAll(async () => {
    for (const s of senders) await s.stop();
    await app?.close();
    await store?.close();
    await sink?.stop();
  });

  it.skipIf(skipped(backend))('a message written in a transaction that fails is never sent', async () => {
    await expect(
      writeTransaction(store.context(SYSTEM), async (trx) => {
        await enqueueEmail(trx, store.context(SYSTEM), [notice('rolled-back', ['nobody@example.test'])]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await outbox()).items).toEqual([]);
  });

  it.skipIf(skipped(backend))('without SMTP_URL messages wait, with a notice; they go out once it is set', async () => {
    const notConfigured: string[] = [];
    await start(undefined, { ...quiet, notConfigured: (m: string) => void notConfigured.push(m) });
    expect(notConfigured).toEqual([EMAIL_NOT_CONFIGURED]);
    await enqueue([notice('waiting', ['a@example.test', 'B@Example.test'])]);
    const unconfigured = await buildApp({ context: (p) => store.context(p), emailNotice: EMAIL_NOT_CONFIGURED });
    const page = (await unconfigured.inject({ url: '/outbox', headers: { authorization: `Bearer ${admin}` } })).json();
    await unconfigured.close();
    expect(page.emailConfigured).toBe(false);
    expect(page.notice).toBe(EMAIL_NOT_CONFIGURED);
    expect(page.items.map((m: { recipient: string; state: string }) => [m.recipient, m.state]).sort()).toEqual([
      ['a@example.test', 'waiting'],
      ['b@example.test', 'waiting'],
    ]);
    expect(sink.count()).toBe(0);

    await start(sink.url);
    await waitFor('the waiting messages to arrive', () => sink.count() === 2);
    // The sender records each attempt after the mail server's answer: the sink can hold a message a moment before
    // the outbox says it was accepted.
    await waitFor('the attempts to be recorded', async () =>
      (await outbox()).items.every((m: { state: string }) => m.state === 'accepted'),
    );
    const mails = await sink.received();
    const page2 = await outbox();
    expect(page2.emailConfigured).toBe(true);
    expect(page2.notice).toBeNull();
    for (const m of page2.items) {
      expect(m.state).toBe('accepted');
      expect(m.smtpResponse).toMatch(/^250 /);
      // Time of receipt (TechJutsu §5.2): the mail server accepted it after the attempt began.
      expect(Date.parse(m.acceptedAt)).toBeGreaterThanOrEqual(Date.parse(m.sentAt));
      const mail = mails.find((x) => x.messageId === m.messageId)!;
      expect(mail.to).toMatchObject({ text: m.recipient });
      expect(mail.subject).toBe('Notice waiting');
      expect(mail.text).toContain('Work <on> the API & portal.');
      expect(mail.html).toContain('Work &lt;on&gt; the API &amp; portal.');
      expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe(
        `List-Unsubscribe: <https://status.example/unsubscribe?r=${encodeURIComponent(m.recipient)}>`,
      );
    }
  });

  it.skipIf(skipped(backend))('the SMTP server stops mid-run: every message arrives once it is back', async () => {
    const before = sink.count();
    const recipients = Array.from({ length: 20 }, (_, i) => `r${i}@example.test`);
    await enqueue([notice('first-half', recipients.slice(0, 10))]);
    await waitFor('the first half to arrive', () => sink.count() === before + 10);
    await sink.stop();
    await enqueue([notice('second-half', recipients.slice(10))]);
    // Each message of the second half is tried and fails while the server is down.
    await waitFor('failed attempts while the server is down', async () => {
      const waiting = (await outbox()).items.filter((m: { kind: string; state: string }) => m.state === 'waiting');
      return waiting.length === 10 && waiting.every((m: { attempts: unknown[] }) => m.attempts.length >= 1);
    });
    expect(sink.count()).toBe(before + 10);
    await sink.restart();
    await waitFor('every message to arrive', () => sink.count() >= before + 20);
    await waitFor('every message to be recorded accepted', async () => (await outbox()).counts.waiting === 0);

    const page = await outbox();
    const sent = page.items.filter((m: { subject: string }) => m.subject !== 'Notice waiting');
    expect(sent).toHaveLength(20);
    const arrived = new Set((await sink.received()).map((m) => m.messageId));
    for (const m of sent) {
      expect(m.state).toBe('accepted');
      expect(arrived.has(m.messageId)).toBe(true);
    }
    const secondHalf = sent.filter((m: { subject: string }) => m.subject === 'Notice second-half');
    for (const m of secondHalf) {
      // Every attempt is recorded: the failures while the server was down, then the one it accepted.
      expect(m.attempts.length).toBeGreaterThanOrEqual(2);
      expect(m.attempts.slice(0, -1).every((a: { error: string | null }) => a.error !== null)).toBe(true);
      expect(m.attempts.at(-1).response).toMatch(/^250 /);
    }
    expect(page.counts).toMatchObject({ waiting: 0, refused: 0, accepted: 22 });
  });

  it.skipIf(skipped(backend))('a customer contact or agent cannot read the outbox', async () => {
    const agent = (await issueToken(store.context(SYSTEM), { role: 'agent', label: 'agent' })).token;
    const r = await app.inject({ url: '/outbox', headers: { authorization: `Bearer ${agent}` } });
    expect(r.statusCode).toBe(403);
  });
});
