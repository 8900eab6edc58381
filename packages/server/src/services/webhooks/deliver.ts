import {
  dueDeliveries,
  findDelivery,
  findEndpoint,
  nextDeliveryAt,
  recordAttempt,
  stopDeliveries,
  type WebhookDeliveryRow,
} from '../../storage/repositories/webhook-repository.js';
import { QUEUES } from '../../storage/job-queue.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { refusedTargetAddress } from './target-policy.js';

/** One delivery as the HTTP transport posts it. */
export interface WebhookPost {
  url: string;
  deliveryId: string;
  event: string;
  /** The JSON body, exactly as signed. */
  body: string;
  /** The endpoint's secret, for the signature header. */
  secret: string;
  /** When the attempt started (epoch ms): the signature's timestamp. */
  at: number;
}

/**
 * Posts one delivery and resolves with the receiver's HTTP status; rejects when no answer came (refused,
 * timed out). The worker's transport (worker/webhook-poster.ts) does the HTTP; this side keeps the books.
 */
export type PostWebhook = (post: WebhookPost) => Promise<number>;

export interface DeliveryOutcome {
  id: string;
  attempt: number;
  status: number | null;
  delivered: boolean;
}

/** Waits before each retry: 10 s, 30 s, 2 min, 10 min, 30 min, 1 h, then 2 h; given up after 10 attempts. */
const BACKOFF_MS = [10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000];
const MAX_ATTEMPTS = 10;

/** Posts every delivery that is due, records each attempt, and schedules retries with backoff (one process). */
export async function deliverDueWebhooks(ctx: ServiceContext, post: PostWebhook): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const d of await dueDeliveries(ctx.db, ctx.now(), 100)) outcomes.push(...(await attempt(ctx, d, post)));
  return outcomes;
}

/** Attempts the named deliveries if they are still pending: the job queue's handler (several processes). */
export async function deliverWebhooks(
  ctx: ServiceContext,
  ids: readonly string[],
  post: PostWebhook,
): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const id of ids) {
    const d = await findDelivery(ctx.db, id);
    if (d && d.delivered_at === null && d.failed_at === null) outcomes.push(...(await attempt(ctx, d, post)));
  }
  return outcomes;
}

async function attempt(ctx: ServiceContext, d: WebhookDeliveryRow, post: PostWebhook): Promise<DeliveryOutcome[]> {
  const endpoint = await findEndpoint(ctx.db, d.endpoint_id);
  if (!endpoint) return [];
  // Disabled after this delivery was picked up (or a retry was scheduled by an attempt that overlapped the disabling):
  // nothing more is sent to it.
  if (endpoint.disabled_at !== null) {
    await stopDeliveries(ctx.db, endpoint.id);
    return [];
  }
  const started = ctx.now();
  const attempt = d.attempts + 1;
  let status: number | null = null;
  let error: string | null = null;
  try {
    // The transport does not pin the address checked here: a name that changes between the lookups can still get
    // through (DNS rebinding); refusing at registration and here stops the rest.
    const refused = await refusedTargetAddress(new URL(endpoint.url));
    if (refused) throw new Error(`not sent: ${refused}`);
    status = await post({
      url: endpoint.url,
      deliveryId: d.id,
      event: d.event_type,
      body: d.payload,
      secret: endpoint.secret,
      at: started,
    });
  } catch (e) {
    error = (e as Error).message;
  }
  const finished = ctx.now();
  const delivered = status !== null && status >= 200 && status < 300;
  const gaveUp = !delivered && attempt >= MAX_ATTEMPTS;
  const nextAttemptAt =
    delivered || gaveUp ? null : finished + BACKOFF_MS[Math.min(attempt - 1, BACKOFF_MS.length - 1)]!;
  await writeTransaction(ctx, async (trx) => {
    await recordAttempt(
      trx,
      { delivery_id: d.id, attempt, at: started, status, error, duration_ms: finished - started },
      {
        attempts: attempt,
        delivered_at: delivered ? finished : null,
        failed_at: gaveUp ? finished : null,
        next_attempt_at: nextAttemptAt,
      },
    );
    if (nextAttemptAt !== null)
      await ctx.jobs?.add(trx, QUEUES.webhooks, [
        { key: `${d.id}#${attempt + 1}`, at: nextAttemptAt, data: { delivery: d.id } },
      ]);
  });
  return [{ id: d.id, attempt, status, delivered }];
}

export async function nextWebhookAt(ctx: ServiceContext): Promise<number | null> {
  return nextDeliveryAt(ctx.db);
}
