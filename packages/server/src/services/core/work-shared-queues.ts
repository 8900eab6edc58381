import { QUEUES } from '../../storage/job-queue.js';
import { fireTimers, type FiredTimer } from '../clocks/fire-due-timers.js';
import type { ServiceContext } from './service-context.js';
import { deliverWebhooks, type DeliveryOutcome, type PostWebhook } from '../webhooks/deliver.js';

/**
 * Takes this process's share of the PostgreSQL job queue: timer jobs (each names a ticket whose clock falls due)
 * and webhook deliveries. A batch that fails is retried by the queue; both handlers are idempotent.
 */
export async function workSharedQueues(
  ctx: ServiceContext,
  log: { fired(f: FiredTimer): void; delivered(d: DeliveryOutcome): void },
  post: PostWebhook,
): Promise<void> {
  const jobs = ctx.jobs;
  if (!jobs) throw new Error('the job queue is open only on PostgreSQL');
  await jobs.work(QUEUES.timers, 500, async (batch) => {
    const fired = await fireTimers(
      ctx,
      batch.map((j) => j.ticket!),
    );
    for (const f of fired) log.fired(f);
    // Their webhooks were queued with them: deliver now rather than at the next poll.
    if (fired.length) wakeDeliveryWorkers(ctx);
  });
  await jobs.work(QUEUES.webhooks, 20, async (batch) => {
    for (const d of await deliverWebhooks(
      ctx,
      batch.map((j) => j.delivery!),
      post,
    ))
      log.delivered(d);
  });
}

/** Makes this process's timer workers ask the queue for due timers now, not at their next poll. */
export function wakeTimerWorkers(ctx: ServiceContext): void {
  ctx.jobs?.wake(QUEUES.timers);
}

/** Makes this process's delivery workers ask the queue for deliveries now, not at their next poll. */
export function wakeDeliveryWorkers(ctx: ServiceContext): void {
  ctx.jobs?.wake(QUEUES.webhooks);
}

/**
 * Calls `listener` with the due instant of each timer any process saves (soon enough to matter: see
 * TIMER_NOTICE_HORIZON_MS), once it is committed, and with -Infinity when notices may have been missed.
 */
export function onTimerSaved(ctx: ServiceContext, listener: (at: number) => void): Promise<void> {
  if (!ctx.jobs) throw new Error('the job queue is open only on PostgreSQL');
  return ctx.jobs.onTimerSaved(listener);
}
