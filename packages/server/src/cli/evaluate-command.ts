import { isInvalid } from '@surety/engine';
import type { Command } from 'commander';
import { Option } from 'commander';
import { loadContractFiles } from './files/contract-files.js';
import { parseInstant } from '../services/core/instants.js';
import { replayEventLog, type ReplaySummary } from './files/replay-events.js';
import { formatTicketTable } from './format-clocks.js';
import { ticketJson } from '../services/tickets/ticket-json.js';
import { startProgress } from './progress.js';
import { fail, withContractErrors } from './report-errors.js';
import { formatOption } from './format-option.js';

interface EvaluateOptions {
  contract: string;
  orderForm?: string;
  events: string;
  at?: string;
  format: 'table' | 'json';
  strict?: boolean;
}

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description("replay ticket event logs (JSON lines) and print every ticket's clocks as of --at")
    .requiredOption('--contract <file>', 'contract YAML')
    .option('--order-form <file>', "the customer's order form")
    .requiredOption('--events <file>', 'event log, one JSON event per line, many tickets per file')
    .option('--at <instant>', 'evaluate as of this ISO-8601 instant (default: now); later events are ignored')
    .addOption(formatOption())
    .addOption(new Option('--strict', 'stop at the first bad line (exit 1) instead of reporting and skipping it'))
    .action((opts: EvaluateOptions) => withContractErrors(() => evaluate(opts)));
}

async function evaluate(opts: EvaluateOptions): Promise<void> {
  const contract = await loadContractFiles(opts.contract, opts.orderForm);
  // The edge reads the clock once; the engine is handed `now`.
  const now = opts.at === undefined ? Date.now() : parseInstant(opts.at);
  if (isInvalid(now)) fail('--at', now.message);
  const zoneOf = (name: string) => contract.calendars.get(name)?.zone ?? 'UTC';
  const summary: ReplaySummary = { lines: 0, events: 0, tickets: 0, badLines: 0, afterNow: 0, stopped: false };
  const progress = startProgress('replay');
  const results = replayEventLog(
    contract,
    opts.events,
    {
      now,
      onBadLine: (bad) => {
        progress.log(
          `${bad.file}:${bad.line}: ${bad.ticket ? `ticket ${bad.ticket}: ` : ''}${bad.message}${opts.strict ? '' : ' (line skipped)'}`,
        );
        return !opts.strict;
      },
      onProgress: (read, total) => progress.update(read, total),
    },
    summary,
  );
  try {
    for await (const r of results) {
      const text =
        opts.format === 'json' ? JSON.stringify(ticketJson(r.ticket, r)) + '\n' : formatTicketTable(r, zoneOf) + '\n';
      if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  } finally {
    progress.stop();
  }
  const skipped = summary.afterNow ? `, ${summary.afterNow} after --at ignored` : '';
  process.stderr.write(
    `${summary.tickets} ticket(s), ${summary.events} event(s), ${summary.badLines} bad line(s)${skipped}\n`,
  );
  if (opts.strict && summary.badLines) process.exitCode = 1;
}
