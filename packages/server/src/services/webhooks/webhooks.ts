import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../../storage/repositories/executor.js';
import {
  activeEndpoints,
  attemptsOf,
  enqueueDeliveries,
  insertEndpoint,
  listDeliveries,
  type WebhookDeliveryRow,
} from '../../storage/repositories/webhook-repository.js';
import { QUEUES } from '../../storage/job-queue.js';
import { recordAudit } from '../audit/log.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireAdmin, requireOversight } from '../core/permissions.js';
import { webhookJson, type DeliveryJson, type RegisteredWebhookJson } from './webhook-json.js';
import { shownOnce } from '../core/idempotency.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { refusedTargetHost } from './target-policy.js';
import { wireInstant } from '../core/instants.js';

/** Registers an endpoint, answered as GET /webhooks/{id} shows it with its signing secret, shown this once. */
export async function registerWebhook(ctx: ServiceContext, url: string): Promise<RegisteredWebhookJson> {
  requireAdmin(ctx);
  if (!/^https?:\/\/[^\s]+$/.test(url) || !URL.canParse(url))
    throw new ServiceError('invalid', 'expected an http(s) URL', 'url');
  const refused = refusedTargetHost(new URL(url));
  if (refused) throw new ServiceError('invalid', refused, 'url');
  const id = randomBytes(8).toString('hex');
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  return writeTransaction(ctx, async (trx) => {
    const row = { id, url, secret, created_at: ctx.now(), disabled_at: null };
    await insertEndpoint(trx, row);
    await recordAudit(trx, ctx, 'webhook.registered', `webhook:${id}`, { url });
    return shownOnce({ ...webhookJson(row), secret }, 'secret');
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
