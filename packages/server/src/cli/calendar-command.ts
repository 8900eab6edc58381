import type { Command } from 'commander';
import { formatDuration, type BusinessCalendar } from '@surety/engine';
import { durationOn, pickCalendar } from '../services/calendars/questions.js';
import { loadContractFiles } from './files/contract-files.js';
import { formatInZone, parseInstant } from '../services/core/instants.js';
import { fail, withContractErrors } from './report-errors.js';

interface CalendarOptions {
  contract: string;
  orderForm?: string;
  calendar?: string;
  from: string;
}

export function registerCalendar(program: Command): void {
  const calendar = program.command('calendar').description("one-off questions against a contract's business calendar");
  const common = (c: Command) =>
    c
      .requiredOption('--contract <file>', 'contract YAML')
      .option('--order-form <file>', "the customer's order form (for calendars it parameterises)")
      .option('--calendar <name>', 'calendar name (default: the clock default or the only one)')
      .requiredOption('--from <instant>', 'ISO-8601 instant with offset or Z');

  common(calendar.command('add').description('the instant a business duration after --from ends'))
    .requiredOption('--duration <duration>', "e.g. '8 business hours', '2 business days', '90m'")
    .action((opts: CalendarOptions & { duration: string }) =>
      withContractErrors(async () => {
        const { cal, from } = await resolve(opts);
        const ms = durationOn(cal, opts.duration);
        if (typeof ms === 'string') fail('--duration', ms);
        const due = cal.add(from, ms);
        print(cal, [
          `from  ${formatInZone(from, cal.zone)}`,
          `+     ${formatDuration(ms)} of business time`,
          `=     ${formatInZone(due, cal.zone)}  (${new Date(due).toISOString()})`,
        ]);
      }),
    );

  common(calendar.command('between').description('business time in [--from, --to)'))
    .requiredOption('--to <instant>', 'ISO-8601 instant with offset or Z')
    .action((opts: CalendarOptions & { to: string }) =>
      withContractErrors(async () => {
        const { cal, from } = await resolve(opts);
        const to = instant('--to', opts.to);
        print(cal, [
          `${formatDuration(cal.between(from, to))} of business time from ${formatInZone(from, cal.zone)} to ${formatInZone(to, cal.zone)}`,
        ]);
      }),
    );

  common(calendar.command('windows').description('the open windows in [--from, --to)'))
    .requiredOption('--to <instant>', 'ISO-8601 instant with offset or Z')
    .action((opts: CalendarOptions & { to: string }) =>
      withContractErrors(async () => {
        const { cal, from } = await resolve(opts);
        const windows = cal.openWindows(from, instant('--to', opts.to));
        print(
          cal,
          windows.length
            ? windows.map(
                (w) =>
                  `${formatInZone(w.start, cal.zone)} – ${formatInZone(w.end, cal.zone)}  ${formatDuration(w.end - w.start)}`,
              )
            : ['(closed throughout)'],
        );
      }),
    );
}

async function resolve(opts: CalendarOptions): Promise<{ cal: BusinessCalendar; from: number }> {
  const contract = await loadContractFiles(opts.contract, opts.orderForm);
  const cal = pickCalendar(contract, opts.calendar);
  if (typeof cal === 'string') fail('--calendar', cal);
  return { cal, from: instant('--from', opts.from) };
}

function instant(option: string, value: string): number {
  const t = parseInstant(value);
  if (typeof t === 'string') fail(option, t);
  return t;
}

function print(cal: BusinessCalendar, lines: string[]): void {
  process.stdout.write(`calendar ${cal.name} (${cal.zone})\n` + lines.map((l) => `  ${l}\n`).join(''));
}
