import { fireDueTimers, nextTimerAt, type FiredTimer } from '../services/clocks/fire-due-timers.js';
import { nextIdempotencyExpiryAt, purgeExpiredIdempotencyKeys } from '../services/core/idempotency-retention.js';
import { SYSTEM } from '../services/core/service-context.js';
import type { Store } from '../services/core/store.js';
import { deliverDueWebhooks, nextWebhookAt, type DeliveryOutcome } from '../services/webhooks/deliver.js';
import {
  onTimerSaved,
  wakeDeliveryWorkers,
  wakeTimerWorkers,
  workSharedQueues,
} from '../services/core/work-shared-queues.js';
import { startWakeLoop } from './wake-loop.js';
import { webhookPoster } from './webhook-poster.js';

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
 * PostgreSQL the work comes from the shared job queue, so each timer fires in exactly one of the processes, and a
 * loop wakes this process's workers when a timer falls due.
 * Either way a third loop deletes Idempotency-Keys as they expire (harmless when several processes do it).
 */
export async function startClockWorker(store: Store, log: ClockWorkerLog): Promise<ClockWorker> {
  const ctx = store.context(SYSTEM);
  const post = webhookPoster();
  const housekeeping = startWakeLoop({
    work: async () => void (await purgeExpiredIdempotencyKeys(ctx)),
    nextAt: () => nextIdempotencyExpiryAt(ctx),
    now: ctx.now,
    onError: log.error,
    // Keys taken later expire later: nothing but the oldest key's expiry needs it sooner.
    maxSleepMs: 3_600_000,
  });
  if (store.jobs) {
    await workSharedQueues(ctx, log, post);
    // The queue's workers poll every half second, so a timer waited up to that long after it fell due. A loop
    // sleeps until the next timer saved (as of when it last looked, and sooner when any process saves an
    // earlier one: PostgreSQL notifies every process of it) and wakes this process's workers then; whichever
    // process takes the job fires it. Wakes are at least 20 ms apart: timers by the thousand a second need no
    // more.
    let woken: number | undefined;
    const timers = startWakeLoop({
      work: async () => {
        wakeTimerWorkers(ctx);
        woken = ctx.now();
      },
      nextAt: async () => {
        const next = await nextTimerAt(ctx, woken);
        return next === null ? null : Math.max(next, (woken ?? -Infinity) + 20);
      },
      now: ctx.now,
      onError: log.error,
    });
    await onTimerSaved(ctx, (at) => timers.wakeBy(at));
    return {
      scheduled: ({ timerAt, delivering }) => {
        if (timerAt !== null) timers.wakeBy(timerAt);
        if (delivering) wakeDeliveryWorkers(ctx);
      },
      stop: async () => {
        await timers.stop();
        await housekeeping.stop();
      },
    };
  }
  const deliveries = startWakeLoop({
    work: async () => {
      for (const d of await deliverDueWebhooks(ctx, post)) log.delivered(d);
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
