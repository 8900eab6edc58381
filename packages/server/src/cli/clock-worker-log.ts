import type { Metrics } from '../services/operations/metrics.js';
import type { ClockWorkerLog } from '../worker/clock-worker.js';

interface Logger {
  info(obj: object, msg: string): void;
  error(obj: unknown): void;
}

/** What the clock worker did, as log lines: each recorded warning or breach says how late it was recorded. */
export function clockWorkerLog(log: Logger): ClockWorkerLog {
  return {
    fired: (f) =>
      log.info(
        {
          ticket: f.ticketId,
          clock: f.clock,
          change: f.change,
          dueAt: new Date(f.dueAt).toISOString(),
          lateMs: f.recordedAt - f.dueAt,
        },
        'clock event recorded',
      ),
    delivered: (d) => log.info(d, 'webhook attempt'),
    error: (e) => log.error(e),
  };
}

/** A clock worker log that also counts what it logs: timer lateness and webhook attempts (served at /metrics). */
export function measuredClockWorkerLog(log: ClockWorkerLog, metrics: Metrics): ClockWorkerLog {
  return {
    fired: (f) => {
      metrics.timerLateness.observe({ change: f.change }, (f.recordedAt - f.dueAt) / 1000);
      log.fired(f);
    },
    delivered: (d) => {
      metrics.webhookAttempts.inc({ outcome: d.delivered ? 'delivered' : 'failed' });
      log.delivered(d);
    },
    error: log.error,
  };
}
