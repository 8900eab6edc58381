import { writeAuditCheckpoint, type AuditCheckpoint, type AuditKey } from '../services/audit/checkpoints.js';
import { SYSTEM } from '../services/core/service-context.js';
import type { Store } from '../services/core/store.js';

export interface AuditCheckpointer {
  stop(): Promise<void>;
}

/**
 * Signs a checkpoint of the audit log every `everyMs` (not on start: processes starting together would all
 * sign at once; `surety audit checkpoint` signs one on demand).
 */
export function startAuditCheckpoints(
  store: Store,
  key: AuditKey,
  everyMs: number,
  on: { written(checkpoint: AuditCheckpoint): void; error(e: unknown): void },
): AuditCheckpointer {
  let running: Promise<void> = Promise.resolve();
  const write = () => {
    // Never rejects: a failed checkpoint is reported and the next one tried at its time.
    running = running
      .then(() => writeAuditCheckpoint(store.context(SYSTEM), key))
      .then(on.written)
      .catch(on.error);
  };
  const timer = setInterval(write, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
