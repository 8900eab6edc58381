import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Executor } from '../../storage/repositories/executor.js';
import {
  activeEndpoints,
  attemptsOf,
  dueDeliveries,
  enqueueDeliveries,
  findDelivery,
  findEndpoint,
  insertEndpoint,
  listDeliveries,
  nextDeliveryAt,
  recordAttempt,
  stopDeliveries,
  type WebhookDeliveryRow,
} from '../../storage/repositories/webhook-repository.js';
import { QUEUES } from '../../storage/job-queue.js';
import { recordAudit } from '../audit/log.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireAdmin, requireOversight } from '../core/permissions.js';
import { shownOnce } from '../core/idempotency.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { refusedTargetAddress, refusedTargetHost } from './target-policy.js';
import { wireInstant } from '../core/instants.js';

/** Waits before each retry: 10 s, 30 s, 2 min, 10 min, 30 min, 1 h, then 2 h; given up after 10 attempts. */
const BACKOFF_MS = [10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000];
const MAX_ATTEMPTS = 10;

export async function registerWebhook(ctx: ServiceContext, url: string): Promise<{ id: string; secret: string }> {
  requireAdmin(ctx);
  if (!/^https?:\/\/[^\s]+$/.test(url) || !URL.canParse(url))
    throw new ServiceError('invalid', 'expected an http(s) URL', 'url');
  const refused = refusedTargetHost(new URL(url));
  if (refused) throw new ServiceError('invalid', refused, 'url');
  const id = randomBytes(8).toString('hex');
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  return writeTransaction(ctx, async (trx) => {
    await insertEndpoint(trx, { id, url, secret, created_at: ctx.now(), disabled_at: null });
    await recordAudit(trx, ctx, 'webhook.registered', `webhook:${id}`, { url });
    return shownOnce({ id, secret }, 'secret');
  });
}

export interface OutgoingEvent {
  type: string;
  /** Identifies the event: recording the same event twice queues it once. */
  key: string;
  data: object;
}

/**
 * Queues events for every active endpoint, in the caller's transaction. The delivery id is derived from the
 * event and the endpoint, so recording the same event twice queues it once, and every retry carries the same id.
 */
export async function enqueueEvents(
  db: Executor,
  ctx: ServiceContext,
  now: number,
  events: readonly OutgoingEvent[],
): Promise<void> {
  if (!events.length) return;
  const endpoints = await activeEndpoints(db);
  const rows: WebhookDeliveryRow[] = events.flatMap((event) => {
    const eventId = createHash('sha256').update(event.key).digest('hex').slice(0, 32);
    const payload = JSON.stringify({ id: eventId, type: event.type, createdAt: wireInstant(now), data: event.data });
    return endpoints.map((endpoint) => ({
      id: createHash('sha256').update(`${endpoint.id}|${eventId}`).digest('hex').slice(0, 32),
      endpoint_id: endpoint.id,
      event_type: event.type,
      payload,
      created_at: now,
      attempts: 0,
      next_attempt_at: now,
      delivered_at: null,
      failed_at: null,
    }));
  });
  await enqueueDeliveries(db, rows);
  await ctx.jobs?.add(
    db,
    QUEUES.webhooks,
    rows.map((r) => ({ key: `${r.id}#1`, at: now, data: { delivery: r.id } })),
  );
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`: receivers recompute it with their secret. */
export function signature(secret: string, timestamp: number, body: string): string {
  const t = Math.floor(timestamp / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

export interface DeliveryOutcome {
  id: string;
  attempt: number;
  status: number | null;
  delivered: boolean;
}

/** Posts every delivery that is due, records each attempt, and schedules retries with backoff (one process). */
export async function deliverDueWebhooks(ctx: ServiceContext, timeoutMs = 10_000): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const d of await dueDeliveries(ctx.db, ctx.now(), 100)) outcomes.push(...(await attempt(ctx, d, timeoutMs)));
  return outcomes;
}

/** Attempts the named deliveries if they are still pending: the job queue's handler (several processes). */
export async function deliverWebhooks(
  ctx: ServiceContext,
  ids: readonly string[],
  timeoutMs = 10_000,
): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const id of ids) {
    const d = await findDelivery(ctx.db, id);
    if (d && d.delivered_at === null && d.failed_at === null) outcomes.push(...(await attempt(ctx, d, timeoutMs)));
  }
  return outcomes;
}

async function attempt(ctx: ServiceContext, d: WebhookDeliveryRow, timeoutMs: number): Promise<DeliveryOutcome[]> {
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
    // Fetch does not pin the address checked here: a name that changes between the lookups can still get
    // through (DNS rebinding); refusing at registration and here stops the rest.
    const refused = await refusedTargetAddress(new URL(endpoint.url));
    if (refused) throw new Error(`not sent: ${refused}`);
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'surety-delivery': d.id,
        'surety-event': d.event_type,
        'surety-signature': signature(endpoint.secret, started, d.payload),
      },
      body: d.payload,
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    await response.body?.cancel();
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

export interface DeliveryJson {
  id: string;
  endpoint: string;
  event: string;
  /** `stopped`: its endpoint was disabled before it was delivered. */
  state: 'delivered' | 'failed' | 'pending' | 'stopped';
  attempts: { attempt: number; at: string; status: number | null; error: string | null; durationMs: number }[];
  nextAttemptAt: string | null;
}

function deliveryState(d: WebhookDeliveryRow): DeliveryJson['state'] {
  if (d.delivered_at !== null) return 'delivered';
  if (d.failed_at !== null) return 'failed';
  return d.next_attempt_at === null ? 'stopped' : 'pending';
}

/** Deliveries by id with every attempt, for admins and auditors. */
export async function webhookDeliveries(
  ctx: ServiceContext,
  page: { cursor?: string; limit: number },
): Promise<Page<DeliveryJson>> {
  requireOversight(ctx, 'see deliveries');
  const after = decodeCursor<[string]>(page.cursor, ['string']);
  const rows = await listDeliveries(ctx.db, { after: after?.[0], limit: page.limit + 1 });
  const attempts = await attemptsOf(
    ctx.db,
    rows.slice(0, page.limit).map((d) => d.id),
  );
  return pageOf(
    rows,
    page.limit,
    (d) => ({
      id: d.id,
      endpoint: d.endpoint_id,
      event: d.event_type,
      state: deliveryState(d),
      attempts: attempts.get(d.id)!.map((a) => ({
        attempt: a.attempt,
        at: wireInstant(a.at),
        status: a.status,
        error: a.error,
        durationMs: a.duration_ms,
      })),
      nextAttemptAt: d.next_attempt_at === null ? null : wireInstant(d.next_attempt_at),
    }),
    (d) => [d.id],
  );
}
