import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { SYSTEM } from '../services/core/service-context.js';
import { openStore } from '../services/core/store.js';
import { monthlyStatement } from '../services/reports/issue-statement.js';
import { renderStatement, STATEMENT_FORMATS, type StatementFormat } from '../services/reports/render-statement.js';

interface ReportOptions {
  customer: string;
  contract: string;
  period: string;
  format: StatementFormat;
  out?: string;
  database: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'the monthly SLA statement of a customer under a contract (issued and stored once the month has closed)',
    )
    .requiredOption('--customer <id>', 'the customer')
    .requiredOption('--contract <id>', 'the contract')
    .requiredOption('--period <YYYY-MM>', 'the month, in the contract zone')
    .addOption(new Option('--format <format>', 'what to write').choices(STATEMENT_FORMATS).default('pdf'))
    .option('--out <file>', 'write to this file (default: standard output)')
    .addOption(
      new Option('--database <url>', 'postgres://… or a SQLite file').env('DATABASE_URL').default('./data/surety.db'),
    )
    .action(async (opts: ReportOptions) => {
      const store = await openStore(opts.database);
      try {
        const statement = await monthlyStatement(store.context(SYSTEM), opts.customer, opts.contract, opts.period);
        const { body } = await renderStatement(statement, opts.format);
        const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? body : `${JSON.stringify(body, null, 2)}\n`;
        if (opts.out) writeFileSync(opts.out, bytes);
        else process.stdout.write(bytes);
        process.stderr.write(
          statement.status === 'issued'
            ? `statement ${opts.period}: revision ${statement.revision}, issued ${statement.issuedAt}, sha256 ${statement.hash}\n`
            : `statement ${opts.period}: draft (the month has not closed)\n`,
        );
      } finally {
        await store.close();
      }
    });
}
