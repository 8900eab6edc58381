// Replay benchmark: 1,000,000 generated tickets (~8M events) across the five seed contracts through the
// engine's incremental evaluator (openTicket + applyEvent per event, clocks read at close), then the same
// kind of log end to end through `surety evaluate` on a JSON-lines file. Events/s and peak RSS.
import { readFileSync, mkdirSync, createWriteStream, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { applyEvent, openTicket, viewTicket, compileContract, formatIssue } from '@surety/engine';
import { generateTickets } from './ticket-generator.mjs';

const CONTRACTS = [
  ['contracts/invoca.yaml'],
  ['contracts/techjutsu.yaml', 'contracts/order-forms/techjutsu-acme.yaml'],
  ['contracts/securenvoy.yaml'],
  ['contracts/numonix.yaml'],
  ['contracts/tactful.yaml'],
];

function load() {
  return CONTRACTS.map(([file, orderForm]) => {
    const source = (f) => ({ file: f, text: readFileSync(f, 'utf8') });
    const { contract, issues } = compileContract(source(file), orderForm && source(orderForm));
    if (!contract) throw new Error(issues.map(formatIssue).join('\n'));
    const severities = [...new Set([...contract.plans.values()].flatMap((p) => [...p.targets.keys()]))];
    return { compiled: contract, severities, plans: [...contract.plans.keys()], file };
  });
}

export async function run({ tickets = Number(process.env.REPLAY_TICKETS ?? 1_000_000), cliTickets = 100_000 } = {}) {
  const contracts = load();
  const now = Date.UTC(2027, 0, 1);
  // Warm the calendars' yearly caches and the JIT with a separate seed, outside the timed run.
  for (const { contract, events } of generateTickets(contracts, 20_000, 7)) replayOne(contract, events, now);
  globalThis.gc?.();
  let events = 0;
  let breached = 0;
  const started = process.hrtime.bigint();
  for (const { contract, events: list } of generateTickets(contracts, tickets, 42)) {
    events += list.length;
    breached += replayOne(contract, list, now);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const engine = { tickets, events, seconds, eventsPerSecond: events / seconds, breachedClocks: breached };

  // End to end: write a JSON-lines log for one contract and time `surety evaluate` on it (parse + validate + replay + print).
  mkdirSync('bench/.out', { recursive: true });
  const log = 'bench/.out/replay-tactful.jsonl';
  const out = createWriteStream(log);
  let cliEvents = 0;
  let ticket = 0;
  const tactful = contracts.filter((c) => c.file.includes('tactful'));
  for (const { events: list } of generateTickets(tactful, cliTickets, 43)) {
    ticket++;
    for (const e of list) {
      cliEvents++;
      const line = JSON.stringify({ ticket: `TKT-${ticket}`, ...e, at: new Date(e.at).toISOString() }) + '\n';
      if (!out.write(line)) await new Promise((r) => out.once('drain', r));
    }
  }
  await new Promise((r) => out.end(r));
  const cliStarted = process.hrtime.bigint();
  execFileSync(
    process.execPath,
    [
      'packages/server/dist/cli/main.js',
      'evaluate',
      '--contract',
      'contracts/tactful.yaml',
      '--events',
      log,
      '--at',
      '2027-01-01T00:00:00Z',
      '--format',
      'json',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 },
  );
  const cliSeconds = Number(process.hrtime.bigint() - cliStarted) / 1e9;
  const result = {
    engine,
    cli: { tickets: cliTickets, events: cliEvents, seconds: cliSeconds, eventsPerSecond: cliEvents / cliSeconds },
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  print(result);
  writeFileSync('bench/.out/replay.json', JSON.stringify(result, null, 2));
  return result;
}

function replayOne(contract, events, now) {
  const [opened, ...rest] = events;
  const state = openTicket(contract, opened);
  for (const e of rest) applyEvent(contract, state, e);
  let breached = 0;
  for (const c of viewTicket(state, now).clocks) if (c.status === 'breached') breached++;
  return breached;
}

function print({ engine, cli, peakRssMiB }) {
  const n = (x) => Math.round(x).toLocaleString('en-US');
  console.log('\nReplay (5 seed contracts, seeded generator)');
  console.log(
    `  engine: ${n(engine.tickets)} tickets, ${n(engine.events)} events in ${engine.seconds.toFixed(2)} s = ${n(engine.eventsPerSecond)} events/s (goal > 1,000,000); ${n(engine.breachedClocks)} breached clocks`,
  );
  console.log(
    `  surety evaluate (JSON lines in, JSON out, one process): ${n(cli.events)} events in ${cli.seconds.toFixed(2)} s = ${n(cli.eventsPerSecond)} events/s`,
  );
  console.log(`  peak RSS of the benchmark process: ${peakRssMiB.toFixed(0)} MiB (goal < 1024 MiB)`);
}
