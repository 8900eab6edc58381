import { Option, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import { buildApp } from '../api/app.js';
import { statusPageThreads } from '../api/status/status-page-threads.js';
import { seedContracts } from '../services/contracts/seed.js';
import { ensureAdminToken } from '../services/tokens/api-tokens.js';
import { SYSTEM } from '../services/core/service-context.js';
import { openStore } from '../services/core/store.js';
import { EMAIL_NOT_CONFIGURED } from '../worker/email-sender.js';
import { Metrics } from '../services/operations/metrics.js';
import { startBackgroundWork } from './background-work.js';
import { addSharedWorkOptions, jobQueueOptions, type SharedWorkOptions } from './worker-options.js';

interface ServeOptions extends SharedWorkOptions {
  host: string;
  port: string;
  contracts: string;
  worker: boolean;
  pageThreads: string;
}

export function registerServe(program: Command): void {
  addSharedWorkOptions(program.command('serve').description('run the Surety server: API, live clocks and timers'))
    .addOption(new Option('--host <host>', 'address to listen on').env('HOST').default('127.0.0.1'))
    .addOption(new Option('--port <port>', 'port to listen on').env('PORT').default('8080'))
    .option('--contracts <dir>', 'publish the contract files in this folder on start', 'contracts')
    .option('--no-worker', 'PostgreSQL: serve the API only and leave timers and webhooks to `surety worker`')
    .addOption(
      new Option('--page-threads <n>', 'SQLite: threads that render the public status page (0: the server thread)')
        .env('SURETY_PAGE_THREADS')
        .default(String(Math.min(availableParallelism(), 4))),
    )
    .action(async (opts: ServeOptions) => {
      const store = await openStore(
        opts.database,
        jobQueueOptions(opts, (e) => app.log.error(e)),
      );
      if (store.backend === 'sqlite' && !opts.worker)
        throw new Error('--no-worker: SQLite is served by one process, which must keep its own clocks');
      // A SQLite file only: a database in memory is this connection's alone.
      const threads = store.backend === 'sqlite' && !opts.database.endsWith(':memory:') ? Number(opts.pageThreads) : 0;
      if (!Number.isInteger(threads) || threads < 0)
        throw new Error(`--page-threads: a whole number of threads, 0 or more, not '${opts.pageThreads}'`);
      const pageThreads = threads ? statusPageThreads(opts.database, threads, (e) => app.log.error(e)) : undefined;
      // One logger for requests and clocks: JSON lines on stdout (pino, through Fastify).
      const metrics = new Metrics(() => store.context(SYSTEM));
      const app = await buildApp({
        context: (principal) => store.context(principal),
        metrics,
        onScheduleChanged: (change) => work?.scheduled(change),
        onWrite: (path) => work?.written(path),
        emailNotice: opts.smtpUrl ? null : EMAIL_NOT_CONFIGURED,
        logger: true,
        statusPageThreads: pageThreads,
      });
      const system = store.context(SYSTEM);
      const seeded = await seedContracts(system, opts.contracts);
      const adminToken = await ensureAdminToken(system);
      const work = opts.worker ? await startBackgroundWork(store, opts, app.log, metrics) : undefined;
      const shutdown = async () => {
        await app.close();
        await pageThreads?.close();
        await work?.stop();
        await store.close();
      };
      process.once('SIGINT', () => void shutdown());
      process.once('SIGTERM', () => void shutdown());
      await app.listen({ host: opts.host, port: Number(opts.port) });
      const url = `http://${opts.host}:${opts.port}`;
      process.stderr.write(
        `Surety on ${store.backend === 'postgres' ? 'PostgreSQL' : `SQLite (${opts.database})`}: ${url}\n` +
          `  API docs: ${url}/docs   OpenAPI: ${url}/openapi.json\n` +
          (work?.announce ?? '') +
          (seeded.length ? `  published: ${seeded.map((s) => `${s.id} v${s.version}`).join(', ')}\n` : '') +
          (adminToken ? `  admin token (shown once, stored hashed): ${adminToken}\n` : ''),
      );
    });
}
