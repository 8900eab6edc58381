import { fireDueTimers, nextTimerAt, type FiredTimer } from '../services/fire-due-timers.js';
import { nextIdempotencyExpiryAt, purgeExpiredIdempotencyKeys } from '../services/idempotency-retention.js';
import { SYSTEM } from '../services/service-context.js';
import type { Store } from '../services/store.js';
import { deliverDueWebhooks, nextWebhookAt, type DeliveryOutcome } from '../services/webhooks.js';
import { workSharedQueues } from '../services/work-shared-queues.js';
import { startWakeLoop } from './wake-loop.js';

export interface ClockWorker {
  /** A write saved a timer due at `timerAt` and perhaps queued deliveries (one process: wake what needs it). */
  scheduled(change: { timerAt: number | null; delivering: boolean }): void;
  stop(): Promise<void>;
}

export interface ClockWorkerLog {
  fired(f: FiredTimer): void;
  delivered(d: DeliveryOutcome): void;
  error(e: unknown): void;
}

/**
 * Keeps every clock live: records warnings and breaches when they fall due and delivers their webhooks.
 * With one process (SQLite) two loops sleep until their next due instant (never on a fixed beat); with
 * PostgreSQL the work comes from the shared job queue, so each timer fires in exactly one of the processes.
 * Either way a third loop deletes Idempotency-Keys as they expire (harmless when several processes do it).
 */
export async function startClockWorker(store: Store, log: ClockWorkerLog): Promise<ClockWorker> {
  const ctx = store.context(SYSTEM);
  const housekeeping = startWakeLoop({
    work: async () => void (await purgeExpiredIdempotencyKeys(ctx)),
    nextAt: () => nextIdempotencyExpiryAt(ctx),
    now: ctx.now,
    onError: log.error,
    // Keys taken later expire later: nothing but the oldest key's expiry needs it sooner.
    maxSleepMs: 3_600_000,
  });
  if (store.jobs) {
    await workSharedQueues(ctx, log);
    return { scheduled: () => {}, stop: () => housekeeping.stop() };
  }
  const deliveries = startWakeLoop({
    work: async () => {
      for (const d of await deliverDueWebhooks(ctx)) log.delivered(d);
    },
    nextAt: () => nextWebhookAt(ctx),
    now: ctx.now,
    onError: log.error,
  });
  const timers = startWakeLoop({
    work: async () => {
      const fired = await fireDueTimers(ctx);
      for (const f of fired) log.fired(f);
      if (fired.length) deliveries.poke();
    },
    nextAt: () => nextTimerAt(ctx),
    now: ctx.now,
    onError: log.error,
  });
  return {
    scheduled: ({ timerAt, delivering }) => {
      if (timerAt !== null) timers.wakeBy(timerAt);
      if (delivering) deliveries.poke();
    },
    stop: async () => {
      await timers.stop();
      await deliveries.stop();
      await housekeeping.stop();
    },
  };
}
