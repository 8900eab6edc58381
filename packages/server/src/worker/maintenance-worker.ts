import { SYSTEM } from '../services/core/service-context.js';
import type { Store } from '../services/core/store.js';
import { fireDueMaintenanceStages, nextMaintenanceStage, type FiredStage } from '../services/maintenance/stages.js';
import { startWakeLoop, type WakeLoop } from './wake-loop.js';

const BATCH = 100;

/**
 * Moves scheduled maintenance through its stages at their times (reminder, start, end; services/maintenance/stages.ts),
 * sleeping until the next one is due. Every process may run it (PostgreSQL): each stage is moved by one of them. The
 * longest sleep (30 s) bounds how late a stage scheduled by another process is seen; this process's own writes poke it.
 */
export function startMaintenanceWorker(
  store: Store,
  on: { fired(f: FiredStage): void; notified(): void; error(e: unknown): void },
): WakeLoop {
  const ctx = store.context(SYSTEM);
  return startWakeLoop({
    work: async () => {
      for (;;) {
        const fired = await fireDueMaintenanceStages(ctx, BATCH);
        for (const f of fired) on.fired(f);
        if (fired.some((f) => f.notified)) on.notified();
        if (fired.length < BATCH) return;
      }
    },
    nextAt: () => nextMaintenanceStage(ctx),
    now: ctx.now,
    onError: on.error,
  });
}
