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

/**
 * One process (SQLite): sends the messages that are due, a batch at a time (over the transport's pooled
 * connections), and records the batch's attempts in one transaction.
 */
export async function deliverDueEmails(
  ctx: ServiceContext,
  send: SendMail,
  policy = DEFAULT_DELIVERY_POLICY,
  batch = 200,
): Promise<EmailAttemptOutcome[]> {
  const due = await dueMessages(ctx.db, ctx.now(), batch);
  return record(ctx, await Promise.all(due.map((m) => attempt(ctx, m, send))), policy);
}

/** The job queue's handler (several processes): sends the named messages if they are still waiting. */
export async function deliverEmails(
  ctx: ServiceContext,
  ids: readonly string[],
  send: SendMail,
  policy = DEFAULT_DELIVERY_POLICY,
): Promise<EmailAttemptOutcome[]> {
  const tried = await Promise.all(
    ids.map(async (id) => {
      const m = await findMessage(ctx.db, id);
      return m && m.next_attempt_at !== null ? [await attempt(ctx, m, send)] : [];
    }),
  );
  return record(ctx, tried.flat(), policy);
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

/** One SMTP attempt of a message, not yet recorded. */
interface Attempt {
  m: OutboxMessageRow;
  started: number;
  finished: number;
  response: string | null;
  error: string | null;
  permanent: boolean;
}

async function attempt(ctx: ServiceContext, m: OutboxMessageRow, send: SendMail): Promise<Attempt> {
  const started = ctx.now();
  try {
    const { response } = await send({
      messageId: m.message_id,
      to: m.recipient,
      subject: m.subject,
      text: m.text_body,
      html: m.html_body,
      headers: JSON.parse(m.headers) as Record<string, string>,
    });
    return { m, started, finished: ctx.now(), response, error: null, permanent: false };
  } catch (e) {
    const failure = e as { message?: string; response?: string; responseCode?: number };
    return {
      m,
      started,
      finished: ctx.now(),
      response: failure.response ?? null,
      error: failure.message ?? String(e),
      permanent: typeof failure.responseCode === 'number' && failure.responseCode >= 500,
    };
  }
}

/**
 * Records a batch of attempts in one transaction (one commit, not one per message: a notice to 10,000 subscribers
 * is 50 commits). An attempt another process recorded first is left out: that message went out twice at most, with
 * the same Message-ID both times.
 */
async function record(
  ctx: ServiceContext,
  attempts: readonly Attempt[],
  policy: DeliveryPolicy,
): Promise<EmailAttemptOutcome[]> {
  if (!attempts.length) return [];
  return writeTransaction(ctx, async (trx) => {
    const outcomes: EmailAttemptOutcome[] = [];
    for (const { m, started, finished, response, error, permanent } of attempts) {
      const attempt = m.attempts + 1;
      const accepted = error === null;
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
      if (!ok) continue;
      if (nextAttemptAt !== null)
        await ctx.jobs?.add(trx, QUEUES.email, [
          { key: `${m.id}#${attempt + 1}`, at: nextAttemptAt, data: { message: m.id } },
        ]);
      outcomes.push({ id: m.id, recipient: m.recipient, attempt, accepted, response, error });
    }
    return outcomes;
  });
}
