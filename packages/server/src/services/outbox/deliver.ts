import { QUEUES } from '../../storage/job-queue.js';
import {
  dueMessages,
  findMessage,
  nextMessageAt,
  pendingMessageIds,
  recordMessageAttempt,
  type OutboxMessageRow,
} from '../../storage/repositories/outbox-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/** A message as the mail transport sends it. */
export interface MailToSend {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * Sends one message over SMTP and resolves with the server's final reply (`250 …`) once it accepted it; rejects
 * otherwise. A rejection with `responseCode` 5xx is a permanent refusal; anything else is retried.
 */
export type SendMail = (mail: MailToSend) => Promise<{ response: string }>;

export interface DeliveryPolicy {
  /** The wait before the first retry; each further retry waits three times as long, up to `maxDelayMs`. */
  retryBaseMs: number;
  maxDelayMs: number;
}

/** 10 s, 30 s, 90 s, … up to an hour between attempts, and never given up on a temporary failure: email is not lost. */
export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = { retryBaseMs: 10_000, maxDelayMs: 3_600_000 };

export interface EmailAttemptOutcome {
  id: string;
  recipient: string;
  attempt: number;
  accepted: boolean;
  response: string | null;
  error: string | null;
}

/** One process (SQLite): sends every message that is due, a batch at a time. */
export async function deliverDueEmails(
  ctx: ServiceContext,
  send: SendMail,
  policy = DEFAULT_DELIVERY_POLICY,
  batch = 50,
): Promise<EmailAttemptOutcome[]> {
  const due = await dueMessages(ctx.db, ctx.now(), batch);
  return (await Promise.all(due.map((m) => attempt(ctx, m, send, policy)))).flat();
}

/** The job queue's handler (several processes): sends the named messages if they are still waiting. */
export async function deliverEmails(
  ctx: ServiceContext,
  ids: readonly string[],
  send: SendMail,
  policy = DEFAULT_DELIVERY_POLICY,
): Promise<EmailAttemptOutcome[]> {
  const outcomes = await Promise.all(
    ids.map(async (id) => {
      const m = await findMessage(ctx.db, id);
      return m && m.next_attempt_at !== null ? attempt(ctx, m, send, policy) : [];
    }),
  );
  return outcomes.flat();
}

export async function nextEmailAt(ctx: ServiceContext): Promise<number | null> {
  return nextMessageAt(ctx.db);
}

/**
 * PostgreSQL: queues a job for every message still waiting. A process that can send (SMTP configured) calls it when
 * it starts, so messages written while no process could send, or whose jobs the queue has since dropped, go out.
 * Queuing a message's next attempt twice queues it once.
 */
export async function requeueWaitingEmail(ctx: ServiceContext): Promise<number> {
  const jobs = ctx.jobs;
  if (!jobs) return 0;
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const page = await pendingMessageIds(ctx.db, after, 1000);
    if (!page.length) return count;
    await jobs.add(
      ctx.db,
      QUEUES.email,
      page.map((m) => ({
        key: `${m.id}#${m.attempts + 1}`,
        at: m.next_attempt_at ?? ctx.now(),
        data: { message: m.id },
      })),
    );
    count += page.length;
    after = page[page.length - 1]!.id;
  }
}

function retryDelay(attempt: number, policy: DeliveryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.retryBaseMs * 3 ** (attempt - 1));
}

async function attempt(
  ctx: ServiceContext,
  m: OutboxMessageRow,
  send: SendMail,
  policy: DeliveryPolicy,
): Promise<EmailAttemptOutcome[]> {
  const attempt = m.attempts + 1;
  const started = ctx.now();
  let response: string | null = null;
  let error: string | null = null;
  let permanent = false;
  try {
    response = (
      await send({
        messageId: m.message_id,
        to: m.recipient,
        subject: m.subject,
        text: m.text_body,
        html: m.html_body,
        headers: JSON.parse(m.headers) as Record<string, string>,
      })
    ).response;
  } catch (e) {
    const failure = e as { message?: string; response?: string; responseCode?: number };
    response = failure.response ?? null;
    error = failure.message ?? String(e);
    permanent = typeof failure.responseCode === 'number' && failure.responseCode >= 500;
  }
  const finished = ctx.now();
  const accepted = error === null;
  const recorded = await writeTransaction(ctx, async (trx) => {
    const nextAttemptAt = accepted || permanent ? null : finished + retryDelay(attempt, policy);
    const ok = await recordMessageAttempt(
      trx,
      {
        message_id: m.id,
        attempt,
        at: started,
        accepted_at: accepted ? finished : null,
        response,
        error,
        duration_ms: finished - started,
      },
      {
        attempts: attempt,
        next_attempt_at: nextAttemptAt,
        sent_at: accepted ? started : null,
        accepted_at: accepted ? finished : null,
        smtp_response: response,
        failed_at: permanent ? finished : null,
      },
    );
    if (ok && nextAttemptAt !== null)
      await ctx.jobs?.add(trx, QUEUES.email, [
        { key: `${m.id}#${attempt + 1}`, at: nextAttemptAt, data: { message: m.id } },
      ]);
    return ok;
  });
  // Another process recorded this attempt first: the message went out twice at most (the same Message-ID both times).
  return recorded ? [{ id: m.id, recipient: m.recipient, attempt, accepted, response, error }] : [];
}
