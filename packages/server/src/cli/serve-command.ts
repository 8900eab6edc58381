import type { Command } from 'commander';
import { buildApp } from '../api/app.js';
import { seedContracts } from '../services/seed-contracts.js';
import { ensureAdminToken } from '../services/api-tokens.js';
import { SYSTEM } from '../services/service-context.js';
import { openStore } from '../services/store.js';
import { fireDueTimers, nextTimerAt } from '../services/fire-due-timers.js';
import { deliverDueWebhooks, nextWebhookAt } from '../services/webhooks.js';
import { startWakeLoop } from '../worker/wake-loop.js';

interface ServeOptions {
  database: string;
  host: string;
  port: string;
  contracts: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the Surety server: API, live clocks and timers')
    .option(
      '--database <url>',
      'postgres://… or a SQLite file (env DATABASE_URL)',
      process.env.DATABASE_URL ?? './data/surety.db',
    )
    .option('--host <host>', 'address to listen on (env HOST)', process.env.HOST ?? '127.0.0.1')
    .option('--port <port>', 'port to listen on (env PORT)', process.env.PORT ?? '8080')
    .option('--contracts <dir>', 'publish the contract files in this folder on start', 'contracts')
    .action(async (opts: ServeOptions) => {
      const store = await openStore(opts.database);
      const system = store.context(SYSTEM);
      const seeded = await seedContracts(system, opts.contracts);
      const adminToken = await ensureAdminToken(system);
      // Two loops, each asleep until its next due instant: clock timers, and webhook deliveries (which timers feed).
      const deliveries = startWakeLoop({
        work: async () => {
          for (const d of await deliverDueWebhooks(system)) app.log.info(d, 'webhook attempt');
        },
        nextAt: () => nextWebhookAt(system),
        now: system.now,
        onError: (e) => app.log.error(e),
      });
      const timers = startWakeLoop({
        work: async () => {
          const fired = await fireDueTimers(system);
          for (const f of fired) {
            const event = {
              ticket: f.ticketId,
              clock: f.clock,
              change: f.change,
              dueAt: new Date(f.dueAt).toISOString(),
              lateMs: f.recordedAt - f.dueAt,
            };
            app.log.info(event, 'clock event recorded');
          }
          if (fired.length) deliveries.poke();
        },
        nextAt: () => nextTimerAt(system),
        now: system.now,
        onError: (e) => app.log.error(e),
      });
      const app = await buildApp({
        context: (principal) => store.context(principal),
        onScheduleChanged: () => {
          timers.poke();
          deliveries.poke();
        },
        logger: true,
      });
      const shutdown = async () => {
        await app.close();
        await timers.stop();
        await deliveries.stop();
        await store.close();
      };
      process.once('SIGINT', () => void shutdown());
      process.once('SIGTERM', () => void shutdown());
      await app.listen({ host: opts.host, port: Number(opts.port) });
      const url = `http://${opts.host}:${opts.port}`;
      process.stderr.write(
        `Surety on ${store.backend === 'postgres' ? 'PostgreSQL' : `SQLite (${opts.database})`}: ${url}\n` +
          `  API docs: ${url}/docs   OpenAPI: ${url}/openapi.json\n` +
          (seeded.length ? `  published: ${seeded.map((s) => `${s.id} v${s.version}`).join(', ')}\n` : '') +
          (adminToken ? `  admin token (shown once, stored hashed): ${adminToken}\n` : ''),
      );
    });
}
