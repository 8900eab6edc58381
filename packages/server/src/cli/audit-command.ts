import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { writeAuditCheckpoint } from '../services/audit/checkpoints.js';
import { verifyAuditLog } from '../services/audit/verify.js';
import { SYSTEM } from '../services/core/service-context.js';
import { openStore } from '../services/core/store.js';
import { loadAuditKey, publicKeyPem, readNewestCheckpoint, saveNewestCheckpoint } from './audit-key.js';
import { formatOption } from './format-option.js';
import { auditKeyOption } from './worker-options.js';

const databaseOption = () =>
  new Option('--database <url>', 'postgres://… or a SQLite file').env('DATABASE_URL').default('./data/surety.db');

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description("check the audit log's hash chains and its signed checkpoints; exit 1 at the first problem")
    .addOption(databaseOption())
    .addOption(auditKeyOption())
    .addOption(formatOption())
    .action(async (opts: { database: string; auditKey: string; format: 'table' | 'json' }) => {
      // Without a key file only the hash chains can be checked: the result says so.
      const key = existsSync(opts.auditKey) ? loadAuditKey(opts.auditKey, { create: false }).key : undefined;
      const store = await openStore(opts.database);
      try {
        const r = await verifyAuditLog(store.context(SYSTEM), {
          publicKey: key?.publicKey,
          newestKnown: key ? readNewestCheckpoint(opts.auditKey) : undefined,
        });
        if (opts.format === 'json') process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        else if (r.ok)
          process.stdout.write(
            `audit log intact: ${r.entries} entries in ${r.chains} chains, each hash follows from the one before it` +
              `, ${r.checkpoints} signed checkpoint(s) hold\n` +
              (r.caveat ? `  note: ${r.caveat}\n` : ''),
          );
        else {
          const where = r.broken!.seq !== null ? `at entry ${r.broken!.seq} (chain ${r.broken!.chain})` : '';
          process.stderr.write(`audit log broken${where ? ` ${where}` : ''}: ${r.broken!.reason}\n`);
        }
        process.exitCode = r.ok ? 0 : 1;
      } finally {
        await store.close();
      }
    });
  audit
    .command('checkpoint')
    .description("sign a checkpoint of each chain's length and head now (the server also does every 10 minutes)")
    .addOption(databaseOption())
    .addOption(auditKeyOption())
    .action(async (opts: { database: string; auditKey: string }) => {
      const { key } = loadAuditKey(opts.auditKey, { create: true });
      const store = await openStore(opts.database);
      try {
        const checkpoint = await writeAuditCheckpoint(store.context(SYSTEM), key);
        saveNewestCheckpoint(opts.auditKey, checkpoint);
        process.stdout.write(`checkpoint ${checkpoint.number} signed by audit key ${key.keyId}\n`);
      } finally {
        await store.close();
      }
    });
  audit
    .command('key')
    .description("print the audit key's public half (PEM) and id, to keep outside this machine")
    .addOption(auditKeyOption())
    .action((opts: { auditKey: string }) => {
      const { key } = loadAuditKey(opts.auditKey, { create: false });
      process.stdout.write(`# audit key ${key.keyId}\n${publicKeyPem(key)}`);
    });
}
