import type { Command } from 'commander';
import { formatIssue } from '@surety/engine';
import { checkFiles } from './files/contract-files.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate contract and order-form files; exit 0 when all are valid, 1 otherwise')
    .argument('<files...>', 'contract or order-form YAML files')
    .action(async (files: string[]) => {
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
      }
      if (bad) process.stderr.write(`${bad} of ${reports.length} file(s) invalid\n`);
      process.exitCode = bad ? 1 : 0;
    });
}
