import type { Command } from 'commander';
import { pino } from 'pino';
import { openStore } from '../services/core/store.js';
import { startBackgroundWork } from './background-work.js';
import { addSharedWorkOptions, jobQueueOptions, type SharedWorkOptions } from './worker-options.js';

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
    const work = await startBackgroundWork(store, opts, log);
    const shutdown = async () => {
      await work.stop();
      await store.close();
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
    process.stderr.write(
      `Surety worker on PostgreSQL: sharing timers, webhook and email deliveries, and the checks of location local\n` +
        work.announce,
    );
  });
}
