import type { Command } from 'commander';
import { pino } from 'pino';
import { openStore } from '../services/core/store.js';
import { startClockWorker } from '../worker/clock-worker.js';
import { startMaintenanceWorker } from '../worker/maintenance-worker.js';
import { startMonitorWorker } from '../worker/monitor-worker.js';
import { clockWorkerLog } from './clock-worker-log.js';
import { startEmailSender } from '../worker/email-sender.js';
import { emailSenderLog } from './email-sender-log.js';
import {
  addSharedWorkOptions,
  holidayListWarningDays,
  jobQueueOptions,
  sampleDays,
  type SharedWorkOptions,
} from './worker-options.js';
import { startHolidayListWatch } from '../worker/holiday-list-watch.js';
import { holidayListWatchLog } from './holiday-list-watch-log.js';
import { startSignedCheckpoints } from './audit-key.js';

export function registerWorker(program: Command): void {
  addSharedWorkOptions(
    program
      .command('worker')
      .description('PostgreSQL: fire clock timers and deliver webhooks, sharing the work with other processes'),
  ).action(async (opts: SharedWorkOptions) => {
    const log = pino();
    const store = await openStore(
      opts.database,
      jobQueueOptions(opts, (e) => log.error(e)),
    );
    if (!store.jobs) {
      await store.close();
      throw new Error(
        '--database: `surety worker` shares work through PostgreSQL; with SQLite, `surety serve` keeps the clocks',
      );
    }
    const worker = await startClockWorker(store, clockWorkerLog(log));
    const email = await startEmailSender(store, {
      smtpUrl: opts.smtpUrl,
      from: opts.mailFrom,
      log: emailSenderLog(log),
    });
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
    const shutdown = async () => {
      await lists.stop();
      await signed.checkpoints.stop();
      await maintenance.stop();
      await email.stop();
      await monitors.stop();
      await worker.stop();
      await store.close();
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
    process.stderr.write(
      `Surety worker on PostgreSQL: sharing timers, webhook and email deliveries, and the checks of location local\n` +
        signed.announce,
    );
  });
}
