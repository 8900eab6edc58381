import type { Command } from 'commander';
import { allowance, formatDuration, parsePercent, parsePeriod } from '@surety/engine';
import { fail } from './report-errors.js';
import { formatOption } from './format-option.js';

export function registerBudget(program: Command): void {
  program
    .command('budget')
    .description('allowable downtime at a target, exact per calendar period')
    .requiredOption('--target <percent>', 'e.g. 99.9 or 99.90%')
    .option('--period <period>', 'one period (2026-02, 2026-Q1, 2026, ...); default: every period of --year')
    .option('--year <year>', 'the year to tabulate (default: this year)')
    .option('--zone <zone>', 'IANA zone of the calendar periods', 'UTC')
    .addOption(formatOption())
    .action((opts: { target: string; period?: string; year?: string; zone: string; format: 'table' | 'json' }) => {
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
      const periods = labels.map((label) => {
        const p = parsePeriod(label, opts.zone);
        if (typeof p === 'string') fail('--period', p);
        const lengthMs = p.end - p.start;
        const start = new Date(p.start).toISOString();
        return {
          period: label,
          start,
          end: new Date(p.end).toISOString(),
          lengthMs,
          allowedMs: allowance(lengthMs, target),
        };
      });
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({ target: target.text, zone: opts.zone, periods }, null, 2) + '\n');
        return;
      }
      const rows = periods.map((p) => [p.period, formatDuration(p.lengthMs), formatDuration(p.allowedMs)]);
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
