import type { Metrics } from '../services/operations/metrics.js';
import type { Store } from '../services/core/store.js';
import { startClockWorker, type ClockWorker } from '../worker/clock-worker.js';
import { startEmailSender } from '../worker/email-sender.js';
import { startHolidayListWatch } from '../worker/holiday-list-watch.js';
import { startMaintenanceWorker } from '../worker/maintenance-worker.js';
import { startMonitorWorker } from '../worker/monitor-worker.js';
import { startSignedCheckpoints } from './audit-key.js';
import { clockWorkerLog, measuredClockWorkerLog } from './clock-worker-log.js';
import { emailSenderLog } from './email-sender-log.js';
import { holidayListWatchLog } from './holiday-list-watch-log.js';
import { holidayListWarningDays, sampleDays, type SharedWorkOptions } from './worker-options.js';

/** What each part logs through: pino's logger or Fastify's, which is one. */
type Logger = Parameters<typeof clockWorkerLog>[0] &
  Parameters<typeof emailSenderLog>[0] &
  Parameters<typeof holidayListWatchLog>[0];

/** Everything a Surety process does besides answering requests, started and stopped together. */
export interface BackgroundWork {
  /** A write saved a timer or queued deliveries: wake the clock worker. */
  scheduled: ClockWorker['scheduled'];
  /** A write (the request's path) may have queued email or changed maintenance: wake their loops. */
  written(path: string): void;
  /** Lines for the start banner (the audit key in use). */
  announce: string;
  stop(): Promise<void>;
}

/**
 * Starts the clock timers and webhook deliveries, email, maintenance stages, the monitors of location `local`,
 * signed audit checkpoints and the holiday-list watch: what `surety serve` runs in its own process and
 * `surety worker` runs beside other processes on PostgreSQL. Stopped in the reverse order of their dependence.
 */
export async function startBackgroundWork(
  store: Store,
  opts: SharedWorkOptions,
  log: Logger,
  metrics?: Metrics,
): Promise<BackgroundWork> {
  const clockLog = clockWorkerLog(log);
  const clocks = await startClockWorker(store, metrics ? measuredClockWorkerLog(clockLog, metrics) : clockLog);
  const email = await startEmailSender(store, { smtpUrl: opts.smtpUrl, from: opts.mailFrom, log: emailSenderLog(log) });
  const maintenance = startMaintenanceWorker(store, {
    fired: (f) => log.info({ maintenance: f }, `maintenance ${f.maintenanceId}: ${f.stage}`),
    notified: () => email.queued(),
    error: (e) => log.error(e),
  });
  const monitors = startMonitorWorker(store, { sampleDays: sampleDays(opts), onError: (e) => log.error(e) });
  const signed = startSignedCheckpoints(store, opts, log);
  const lists = startHolidayListWatch(
    store,
    { warnWithinDays: holidayListWarningDays(opts) },
    holidayListWatchLog(log),
  );
  return {
    scheduled: (change) => clocks.scheduled(change),
    written: (path) => {
      email.queued();
      // Only the maintenance routes schedule or cancel its stages; a poke costs the worker two statements, which
      // on every ticket event was a tenth of ingestion's statements on PostgreSQL.
      if (path.startsWith('/maintenance')) maintenance.poke();
    },
    announce: signed.announce,
    stop: async () => {
      await lists.stop();
      await signed.checkpoints.stop();
      await maintenance.stop();
      await email.stop();
      await monitors.stop();
      await clocks.stop();
    },
  };
}
