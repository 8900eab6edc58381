import type { Command } from 'commander';
import { describeCoverage, formatIssue, listEndsBefore } from '@surety/engine';
import { checkFiles } from './files/contract-files.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'validate contract and order-form files; exit 0 when all are valid, 1 otherwise. ' +
        'Warns of any provider-published holiday list that ends before the end of next year',
    )
    .argument('<files...>', 'contract or order-form YAML files')
    .option('--as-of <date>', "the date 'next year' is counted from (YYYY-MM-DD)", today())
    .action(async (files: string[], options: { asOf: string }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
        process.stderr.write(`--as-of: expected a date YYYY-MM-DD, found '${options.asOf}'\n`);
        process.exitCode = 2;
        return;
      }
      const endOfNextYear = `${Number(options.asOf.slice(0, 4)) + 1}-12-31`;
      const reports = await checkFiles(files);
      let bad = 0;
      for (const r of reports) {
        if (r.issues.length) {
          bad++;
          for (const issue of r.issues) process.stderr.write(formatIssue(issue) + '\n');
          continue;
        }
        const waiting = r.awaitingOrderForm.length ? `; order forms supply: ${r.awaitingOrderForm.join(', ')}` : '';
        process.stdout.write(`${r.file}: ok — ${r.summary}${waiting}\n`);
        for (const list of r.holidayLists.filter((l) => listEndsBefore(l, endOfNextYear))) {
          process.stdout.write(
            `${r.file}: warning — ${describeCoverage(list)}, before the end of next year (${endOfNextYear}): ` +
              'days after it count as working days until the provider publishes more\n',
          );
        }
      }
      if (bad) process.stderr.write(`${bad} of ${reports.length} file(s) invalid\n`);
      process.exitCode = bad ? 1 : 0;
    });
}

/** The CLI is an edge: it may read the clock, and passes the date on. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}
