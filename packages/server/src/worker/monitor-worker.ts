import { randomBytes } from 'node:crypto';
import { SYSTEM } from '../services/core/service-context.js';
import type { Store } from '../services/core/store.js';
import { alertOnStateChanges } from '../services/monitors/alerts.js';
import { recordMissedBeats } from '../services/monitors/heartbeat.js';
import { settleSilentLocations } from '../services/monitors/location-changes.js';
import { pruneSamples } from '../services/monitors/retention.js';
import { rollUp } from '../services/monitors/rollups.js';
import { localProbeLink } from './local-probe.js';
import type { ProbeScheduler } from './probe-scheduler.js';
import { startProbeThread } from './probe-thread.js';

export interface MonitorWorker {
  probe: ProbeScheduler;
  stop(): Promise<void>;
}

export interface MonitorWorkerOptions {
  /** Days raw samples are kept. */
  sampleDays: number;
  onError(e: unknown): void;
}

/**
 * Measures from location `local` and keeps what was measured in shape: missed heartbeats become failures,
 * locations that fell silent become "no data" at the instant they did, finished minutes are rolled up, and raw
 * samples past their retention are dropped. Several processes may do the housekeeping at once: each step is
 * idempotent.
 */
export function startMonitorWorker(store: Store, options: MonitorWorkerOptions): MonitorWorker {
  const probe = startProbeThread(localProbeLink(store), {
    member: `${process.pid}-${randomBytes(3).toString('hex')}`,
    onError: options.onError,
  });
  const ctx = store.context(SYSTEM);
  let running: Promise<void> = Promise.resolve();
  let lastPrune = 0;
  const housekeeping = async () => {
    await recordMissedBeats(ctx);
    await settleSilentLocations(ctx);
    await alertOnStateChanges(ctx);
    await rollUp(ctx);
    if (ctx.now() - lastPrune > 3_600_000) {
      lastPrune = ctx.now();
      await pruneSamples(ctx, options.sampleDays);
    }
  };
  const timer = setInterval(() => {
    running = running.then(housekeeping).catch(options.onError);
  }, 15_000);
  return {
    probe,
    stop: async () => {
      clearInterval(timer);
      await probe.stop();
      await running;
    },
  };
}
