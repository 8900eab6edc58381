import type { Command } from 'commander';
import { allowance, formatDuration, parsePercent, parsePeriod } from '@surety/engine';
import { fail } from './report-errors.js';

export function registerBudget(program: Command): void {
  program
    .command('budget')
    .description('allowable downtime at a target, exact per calendar period')
    .requiredOption('--target <percent>', 'e.g. 99.9 or 99.90%')
    .option('--period <period>', 'one period (2026-02, 2026-Q1, 2026, ...); default: every period of --year')
    .option('--year <year>', 'the year to tabulate (default: this year)')
    .option('--zone <zone>', 'IANA zone of the calendar periods', 'UTC')
    .action((opts: { target: string; period?: string; year?: string; zone: string }) => {
      const target =
        parsePercent(opts.target) ?? fail('--target', `expected a percentage such as 99.9, found '${opts.target}'`);
      const year = opts.year ?? String(new Date().getUTCFullYear());
      const labels = opts.period
        ? [opts.period]
        : [
            `${year}-01-01`,
            `${year}-W02`,
            ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
            ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
            year,
          ];
      const rows = labels.map((label) => {
        const p = parsePeriod(label, opts.zone);
        if (typeof p === 'string') fail('--period', p);
        const length = p.end - p.start;
        return [label, formatDuration(length), formatDuration(allowance(length, target))];
      });
      const widths = [0, 1, 2].map((i) =>
        Math.max(...rows.map((r) => r[i]!.length), ['period', 'length', 'allowed downtime'][i]!.length),
      );
      const line = (r: string[]) =>
        r
          .map((c, i) => c.padEnd(widths[i]!))
          .join('  ')
          .trimEnd();
      process.stdout.write(
        `Allowable downtime at ${target.text} (${opts.zone})\n` +
          [line(['period', 'length', 'allowed downtime']), ...rows.map(line)].join('\n') +
          '\n',
      );
    });
}
