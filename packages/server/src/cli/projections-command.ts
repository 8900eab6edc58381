import type { Command } from 'commander';
import { rebuildProjections } from '../services/tickets/rebuild-projections.js';
import { SYSTEM } from '../services/core/service-context.js';
import { openStore } from '../services/core/store.js';

export function registerProjections(program: Command): void {
  program
    .command('projections')
    .description("tickets' clock projections, derived from their events")
    .command('rebuild')
    .description("re-derive every ticket's clocks from its events (run it with the server stopped, or alongside it)")
    .option(
      '--database <url>',
      'postgres://… or a SQLite file (env DATABASE_URL)',
      process.env.DATABASE_URL ?? './data/surety.db',
    )
    .action(async (opts: { database: string }) => {
      const store = await openStore(opts.database);
      try {
        const r = await rebuildProjections(store.context(SYSTEM), (done) =>
          process.stderr.write(`\r${done.toLocaleString('en-US')} tickets`),
        );
        process.stderr.write('\n');
        process.stdout.write(
          `rebuilt the clocks of ${r.tickets} tickets from their events; ${r.recorded} warnings and breaches that had fallen due were recorded\n`,
        );
      } finally {
        await store.close();
      }
    });
}
