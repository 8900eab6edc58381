import type { Command } from 'commander';
import { verifyAuditLog } from '../services/audit/verify.js';
import { SYSTEM } from '../services/core/service-context.js';
import { openStore } from '../services/core/store.js';

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('the audit log')
    .command('verify')
    .description("check the audit log's hash chain; exit 1 at the first broken entry")
    .option(
      '--database <url>',
      'postgres://… or a SQLite file (env DATABASE_URL)',
      process.env.DATABASE_URL ?? './data/surety.db',
    )
    .action(async (opts: { database: string }) => {
      const store = await openStore(opts.database);
      try {
        const r = await verifyAuditLog(store.context(SYSTEM));
        if (r.ok)
          process.stdout.write(
            `audit log intact: ${r.entries} entries in ${r.chains} chains, each hash follows from the one before it\n`,
          );
        else
          process.stderr.write(
            `audit log broken at entry ${r.brokenAt!.seq} (chain ${r.brokenAt!.chain}): ${r.brokenAt!.reason}\n`,
          );
        process.exitCode = r.ok ? 0 : 1;
      } finally {
        await store.close();
      }
    });
}
