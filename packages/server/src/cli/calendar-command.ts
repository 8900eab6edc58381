import type { Command } from 'commander';
import { formatDuration, type BusinessCalendar, isInvalid } from '@surety/engine';
import { durationOn, pickCalendar } from '../services/calendars/questions.js';
import { loadContractFiles } from './files/contract-files.js';
import { formatInZone, parseInstant } from '../services/core/instants.js';
import { fail, withContractErrors } from './report-errors.js';
import { formatOption } from './format-option.js';

interface CalendarOptions {
  contract: string;
  orderForm?: string;
  calendar?: string;
  from: string;
  format: 'table' | 'json';
}

export function registerCalendar(program: Command): void {
  const calendar = program.command('calendar').description("one-off questions against a contract's business calendar");
  const common = (c: Command) =>
    c
      .requiredOption('--contract <file>', 'contract YAML')
      .option('--order-form <file>', "the customer's order form (for calendars it parameterises)")
      .option('--calendar <name>', 'calendar name (default: the clock default or the only one)')
      .requiredOption('--from <instant>', 'ISO-8601 instant with offset or Z')
      .addOption(formatOption());

  common(calendar.command('add').description('the instant a business duration after --from ends'))
    .requiredOption('--duration <duration>', "e.g. '8 business hours', '2 business days', '90m'")
    .action((opts: CalendarOptions & { duration: string }) =>
      withContractErrors(async () => {
        const { cal, from } = await resolve(opts);
        const ms = durationOn(cal, opts.duration);
        if (typeof ms === 'string') fail('--duration', ms);
        const due = cal.add(from, ms);
        print(cal, opts, { from: iso(from), businessMs: ms, due: iso(due) }, [
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
        const businessMs = cal.between(from, to);
        print(cal, opts, { from: iso(from), to: iso(to), businessMs }, [
          `${formatDuration(businessMs)} of business time from ${formatInZone(from, cal.zone)} to ${formatInZone(to, cal.zone)}`,
        ]);
      }),
    );

  common(calendar.command('windows').description('the open windows in [--from, --to)'))
    .requiredOption('--to <instant>', 'ISO-8601 instant with offset or Z')
    .action((opts: CalendarOptions & { to: string }) =>
      withContractErrors(async () => {
        const { cal, from } = await resolve(opts);
        const to = instant('--to', opts.to);
        const windows = cal.openWindows(from, to);
        print(
          cal,
          opts,
          { from: iso(from), to: iso(to), windows: windows.map((w) => ({ start: iso(w.start), end: iso(w.end) })) },
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
  if (isInvalid(t)) fail(option, t.message);
  return t;
}

/** An instant as the API writes it: ISO-8601 UTC with milliseconds. */
const iso = (ms: number) => new Date(ms).toISOString();

/** The answer as lines of text, or with --format json as one object naming the calendar. */
function print(cal: BusinessCalendar, opts: { format: 'table' | 'json' }, json: object, lines: string[]): void {
  process.stdout.write(
    opts.format === 'json'
      ? JSON.stringify({ calendar: cal.name, zone: cal.zone, ...json }, null, 2) + '\n'
      : `calendar ${cal.name} (${cal.zone})\n` + lines.map((l) => `  ${l}\n`).join(''),
  );
}
