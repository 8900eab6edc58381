import { Option, type Command } from 'commander';
import { buildApp } from '../api/app.js';
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
}

export function registerServe(program: Command): void {
  addSharedWorkOptions(program.command('serve').description('run the Surety server: API, live clocks and timers'))
    .addOption(new Option('--host <host>', 'address to listen on').env('HOST').default('127.0.0.1'))
    .addOption(new Option('--port <port>', 'port to listen on').env('PORT').default('8080'))
    .option('--contracts <dir>', 'publish the contract files in this folder on start', 'contracts')
    .option('--no-worker', 'PostgreSQL: serve the API only and leave timers and webhooks to `surety worker`')
    .action(async (opts: ServeOptions) => {
      // One logger for requests and clocks: JSON lines on stdout (pino, through Fastify).
      const metrics = new Metrics(() => store.context(SYSTEM));
      const app = await buildApp({
        context: (principal) => store.context(principal),
        metrics,
        onScheduleChanged: (change) => work?.scheduled(change),
        onWrite: (path) => work?.written(path),
        emailNotice: opts.smtpUrl ? null : EMAIL_NOT_CONFIGURED,
        logger: true,
      });
      const store = await openStore(
        opts.database,
        jobQueueOptions(opts, (e) => app.log.error(e)),
      );
      if (store.backend === 'sqlite' && !opts.worker)
        throw new Error('--no-worker: SQLite is served by one process, which must keep its own clocks');
      const system = store.context(SYSTEM);
      const seeded = await seedContracts(system, opts.contracts);
      const adminToken = await ensureAdminToken(system);
      const work = opts.worker ? await startBackgroundWork(store, opts, app.log, metrics) : undefined;
      const shutdown = async () => {
        await app.close();
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
