import { createTransport } from 'nodemailer';
import { SYSTEM } from '../services/core/service-context.js';
import type { Store } from '../services/core/store.js';
import {
  DEFAULT_DELIVERY_POLICY,
  deliverDueEmails,
  nextEmailAt,
  type DeliveryPolicy,
  type EmailAttemptOutcome,
  type SendMail,
} from '../services/outbox/deliver.js';
import { wakeEmailWorkers, workEmailQueue } from '../services/outbox/work-email-queue.js';
import { startWakeLoop } from './wake-loop.js';

export interface EmailSenderOptions {
  /** smtp://user:pass@host:port or smtps://…; absent: email is not configured and messages wait in the outbox. */
  smtpUrl?: string;
  /** The From address of every message. */
  from: string;
  policy?: DeliveryPolicy;
  log: {
    attempted(o: EmailAttemptOutcome): void;
    notConfigured(message: string): void;
    error(e: unknown): void;
  };
}

export interface EmailSender {
  /** A write queued messages (one process: send them now rather than at the next due instant). */
  queued(): void;
  stop(): Promise<void>;
}

/** Messages sent together and recorded in one transaction (SQLite; on PostgreSQL the job queue batches). */
const BATCH = 200;

export const EMAIL_NOT_CONFIGURED =
  'email is not configured (SMTP_URL is not set): messages wait in the outbox and go out once it is';

/**
 * Sends the outbox over SMTP (nodemailer, pooled connections), at least once per message: with one process (SQLite)
 * a loop sleeps until the next message is due; on PostgreSQL the messages come as jobs from the shared queue, so
 * each is sent by one of the processes. Without SMTP_URL it sends nothing and says so once.
 */
export async function startEmailSender(store: Store, options: EmailSenderOptions): Promise<EmailSender> {
  if (!options.smtpUrl) {
    options.log.notConfigured(EMAIL_NOT_CONFIGURED);
    return { queued: () => {}, stop: async () => {} };
  }
  const url = new URL(options.smtpUrl);
  // Several messages share a connection: 10,000 notices are not 10,000 SMTP handshakes. Ten connections, each kept
  // for a thousand messages (nodemailer's defaults, 5 and 100, held a 10,000-subscriber notice to 72 s:
  // docs/benchmarks.md); SMTP_URL's own query (?maxConnections=…) wins.
  for (const [name, value] of [
    ['pool', 'true'],
    ['maxConnections', '10'],
    ['maxMessages', '1000'],
  ] as const)
    if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  const transport = createTransport(url.toString(), { from: options.from });
  const send: SendMail = async (mail) => {
    const info = await transport.sendMail({
      messageId: mail.messageId,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
    });
    return { response: info.response };
  };
  const policy = options.policy ?? DEFAULT_DELIVERY_POLICY;
  const ctx = store.context(SYSTEM);
  if (store.jobs) {
    await workEmailQueue(ctx, send, policy, options.log.attempted);
    return {
      queued: () => wakeEmailWorkers(ctx),
      stop: async () => transport.close(),
    };
  }
  const loop = startWakeLoop({
    work: async () => {
      // A full batch means more are due: go on without sleeping.
      for (;;) {
        const outcomes = await deliverDueEmails(ctx, send, policy, BATCH);
        for (const o of outcomes) options.log.attempted(o);
        if (outcomes.length < BATCH) return;
      }
    },
    nextAt: () => nextEmailAt(ctx),
    now: ctx.now,
    onError: options.log.error,
  });
  return {
    queued: () => loop.poke(),
    stop: async () => {
      await loop.stop();
      transport.close();
    },
  };
}
