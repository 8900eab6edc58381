// Server benchmarks (issue 4, section 7; issue 11), on SQLite (the embedded default) and on PostgreSQL:
// 1. sustained ticket-event ingestion over HTTP: autocannon, in this process, drives a `surety serve` child
//    process with 32 connections; events/s and p50/p99 latency, every event a durable commit. Twice: one event per
//    call (POST /tickets/{id}/events), then SERVER_BENCH_EVENTS_PER_CALL (default 50) per call (POST /ticket-events),
//    whose latency is a call's. Measured in the
//    same run, against the same backend and at the same concurrency:
//    - the ceiling: durable one-row inserts and nothing else, no HTTP. SQLite: Surety's group commit alone
//      (peers/sqlite-group-commit-ceiling.mjs); PostgreSQL: pgbench running the same insert (peers/pgbench-insert.sql).
//    - a naive baseline: a plain implementation driven over HTTP like Surety (peers/naive-baseline-server.mjs:
//      Fastify and one committed INSERT per event, blocking on SQLite with synchronous = FULL).
// 2. timer lateness with 100,000 open clocks: every clock's deadline falls within one minute, and the server
//    records each breach when it falls due; lateness is the recorded instant minus the due instant, both read from
//    the breach events in the database afterwards.
// 3. full recompute of those 100,000 open tickets after a contract change (a new version assigned over HTTP).
// The server's log goes to a file, as a deployed server's would. Figures also go to bench/.out/server.json.
// SERVER_BENCH_PARTS=ingestion (or timers) runs one part only. SERVER_BENCH_DATABASE_PREFIX names its PostgreSQL
// databases (default surety_bench: <prefix>_ingest, _ceiling, _naive, _timers), so that two people benching on one
// server do not drop each other's databases.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { api, freshPostgres, pool, serve, stop } from './surety-server.mjs';

const OPEN_CLOCKS = Number(process.env.SERVER_BENCH_CLOCKS ?? 100_000);
const INGEST_SECONDS = Number(process.env.SERVER_BENCH_SECONDS ?? 15);
const CONNECTIONS = 32;
const INGEST_TICKETS = 2000;
// Events per call to POST /ticket-events in the batched run.
const PER_CALL = Number(process.env.SERVER_BENCH_EVENTS_PER_CALL ?? 50);
const PORT = Number(process.env.SERVER_BENCH_PORT ?? 18090);
const PARTS = (process.env.SERVER_BENCH_PARTS ?? 'ingestion,timers').split(',');
const DATABASE_PREFIX = process.env.SERVER_BENCH_DATABASE_PREFIX ?? 'surety_bench';

const contract = (response) => `surety: 1
contract: { id: bench, title: Bench, provider: Bench }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: ${response} }, next_update: { every: 1h } } } } }
`;

async function setup(s, response) {
  await api(s, 'POST', '/customers', { id: 'bench', name: 'Bench' });
  await api(s, 'POST', '/contracts', { source: contract(response) });
  await api(s, 'PUT', '/customers/bench/contracts/bench', {});
}

/** Opens `count` tickets over HTTP, 32 at a time; `at(i)` gives each one's opening instant. */
async function openTickets(s, count, at, prefix) {
  const ids = Array.from({ length: count }, (_, i) => i);
  await pool(ids, 32, (i) =>
    api(s, 'POST', '/tickets', {
      id: `${prefix}${i}`,
      customerId: 'bench',
      contractId: 'bench',
      severity: 'S1',
      at: new Date(at(i)).toISOString(),
    }),
  );
}

/**
 * Posts status changes round-robin to the tickets I0… for INGEST_SECONDS, CONNECTIONS at a time: one event per
 * call to POST /tickets/{id}/events, or with `perCall` above 1 that many per call to POST /ticket-events, as an
 * integration that forwards a helpdesk's events in batches would.
 */
async function drive(url, token, perCall = 1) {
  let i = 0;
  const event = () => ({ type: 'status_changed', status: i % 2 ? 'open' : 'in_progress' });
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: INGEST_SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(perCall === 1
            ? { path: `/tickets/I${i++ % INGEST_TICKETS}/events`, body: JSON.stringify(event()) }
            : {
                path: '/ticket-events',
                body: JSON.stringify({
                  events: Array.from({ length: perCall }, () => ({ ticketId: `I${i++ % INGEST_TICKETS}`, ...event() })),
                }),
              }),
        }),
      },
    ],
  });
  return {
    eventsPerSecond: result.requests.average * perCall,
    acknowledged: result['2xx'] * perCall,
    errors: (result.non2xx + result.errors + result.timeouts) * perCall,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
  };
}

/** Surety's ingestion, one event per call and then PER_CALL events per call, on one server and database. */
async function ingestion(database, logFile) {
  const s = await serve(database, PORT, { logFile });
  try {
    await setup(s, '4h');
    await openTickets(s, INGEST_TICKETS, () => Date.now(), 'I');
    return { single: await drive(s.url, s.token), batched: await drive(s.url, s.token, PER_CALL) };
  } finally {
    await stop(s);
  }
}

/** The same load against the naive baseline. */
async function naiveIngestion(database) {
  const child = spawn(process.execPath, ['bench/peers/naive-baseline-server.mjs', database, String(PORT)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve, reject) => {
    createInterface({ input: child.stderr }).on('line', (l) => (l === 'listening' ? resolve() : reject(new Error(l))));
    void exited.then((code) => reject(new Error(`naive-baseline-server exited with ${code}`)));
  });
  try {
    return await drive(`http://127.0.0.1:${PORT}`, 'none');
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const runFile = promisify(execFile);

/** SQLite's ceiling: the group commit alone, CONNECTIONS writers for INGEST_SECONDS, in a child process. */
async function sqliteCeiling(file) {
  const { stdout } = await runFile(process.execPath, [
    'bench/peers/sqlite-group-commit-ceiling.mjs',
    file,
    String(CONNECTIONS),
    String(INGEST_SECONDS),
  ]);
  return JSON.parse(stdout);
}

/**
 * PostgreSQL's ceiling: pgbench (PostgreSQL's own client) running the naive baseline's one-row insert as
 * prepared statements, one committed transaction each, from CONNECTIONS clients for INGEST_SECONDS, with its
 * per-transaction log read for the latency percentiles.
 */
async function postgresCeiling(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    'create table events (id bigserial primary key, ticket_id text not null, at bigint not null, payload text not null)',
  );
  await client.end();
  const logs = mkdtempSync(join(tmpdir(), 'surety-pgbench-'));
  const { stdout } = await runFile('pgbench', [
    ...['-n', '-M', 'prepared', '-c', String(CONNECTIONS), '-j', '2', '-T', String(INGEST_SECONDS)],
    ...['-f', 'bench/peers/pgbench-insert.sql', '-l', `--log-prefix=${join(logs, 'tx')}`, url],
  ]);
  const tps = /^tps = ([\d.]+) \(without initial connection time\)$/m.exec(stdout);
  if (!tps) throw new Error(`pgbench printed no tps: ${stdout}`);
  // Each log line: client, transaction, latency in µs, script, epoch seconds, µs.
  const latencies = readdirSync(logs)
    .flatMap((f) => readFileSync(join(logs, f), 'utf8').trim().split('\n'))
    .map((line) => Number(line.split(' ')[2]) / 1000)
    .sort((a, b) => a - b);
  return {
    eventsPerSecond: Number(tps[1]),
    acknowledged: latencies.length,
    errors: Number(/^number of failed transactions: (\d+)/m.exec(stdout)?.[1] ?? 0),
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    maxMs: Math.round(latencies.at(-1)),
  };
}

/** Each breach's lateness (recorded instant − due instant, ms) of the tickets named T…, read from the database. */
async function breachLateness(backend, database) {
  const query = `select received_at - at as late from ticket_events where type = 'clock_breached' and ticket_id like 'T%'`;
  if (backend === 'sqlite') {
    const db = new SQLite(database, { readonly: true });
    try {
      return db
        .prepare(query)
        .all()
        .map((r) => r.late);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    return (await client.query(query)).rows.map((r) => Number(r.late));
  } finally {
    await client.end();
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timersAndRecompute(backend, database, logFile) {
  const s = await serve(database, PORT, { logFile });
  try {
    await setup(s, '30m');
    // Calibrate: how fast can tickets be opened? Then place every deadline after the population is done.
    const calibrationStart = Date.now();
    await openTickets(s, 500, () => Date.now(), 'C');
    const perTicketMs = (Date.now() - calibrationStart) / 500;
    const firstDue = Date.now() + perTicketMs * OPEN_CLOCKS * 1.3 + 20_000;
    const spreadMs = 60_000;
    const due = (i) => firstDue + Math.floor((i * spreadMs) / OPEN_CLOCKS);
    const populateStart = Date.now();
    // Each opened 30 minutes before its deadline, which falls after the population: never in the future.
    await openTickets(s, OPEN_CLOCKS, (i) => due(i) - 30 * 60_000, 'T');
    const populateSeconds = (Date.now() - populateStart) / 1000;
    if (Date.now() > firstDue) console.error('warning: the population ran past the first deadline');
    // Wait for the last deadline and a margin, then read what was recorded.
    await new Promise((r) => setTimeout(r, Math.max(0, firstDue + spreadMs - Date.now()) + 10_000));
    const lateness = (await breachLateness(backend, database)).sort((a, b) => a - b);
    // Recompute: a new version with a longer response time, assigned to the customer with its open tickets.
    await api(s, 'POST', '/contracts', { source: contract('8h') });
    const r0 = Date.now();
    const moved = await api(s, 'PUT', '/customers/bench/contracts/bench', { version: 2 });
    const recomputeSeconds = (Date.now() - r0) / 1000;
    return {
      openClocks: OPEN_CLOCKS,
      populateSeconds,
      breachesRecorded: lateness.length,
      latenessMs: { p50: percentile(lateness, 50), p99: percentile(lateness, 99), max: lateness.at(-1) },
      recompute: { tickets: moved.recomputed, moved: moved.moved.length, seconds: recomputeSeconds },
    };
  } finally {
    await stop(s);
  }
}

const n = (x) => Math.round(x).toLocaleString('en-US');

export async function run() {
  const results = {};
  const dir = mkdtempSync(join(tmpdir(), 'surety-bench-'));
  const backends = (process.env.SERVER_BENCH_BACKENDS ?? 'sqlite,postgres').split(',');
  console.log(`server logs and SQLite files in ${dir}`);
  for (const backend of backends) {
    const db = (name) => (backend === 'sqlite' ? join(dir, `${name}.db`) : freshPostgres(`${DATABASE_PREFIX}_${name}`));
    results[backend] = {};
    if (PARTS.includes('ingestion')) {
      const { single: surety, batched } = await ingestion(await db('ingest'), join(dir, `${backend}-ingest.log`));
      const ceiling =
        backend === 'sqlite' ? await sqliteCeiling(await db('ceiling')) : await postgresCeiling(await db('ceiling'));
      const naive = await naiveIngestion(await db('naive'));
      console.log(
        `\n${backend}: ticket-event ingestion (${INGEST_SECONDS} s, ${CONNECTIONS} connections; HTTP from autocannon in the bench's process)`,
      );
      const ceilingName =
        backend === 'sqlite' ? 'ceiling: group-committed INSERTs alone, no HTTP' : 'ceiling: pgbench, the same INSERT';
      for (const [name, r] of [
        ['Surety over HTTP, one event per call', surety],
        [`Surety over HTTP, ${PER_CALL} events per call`, batched],
        [ceilingName, ceiling],
        ['naive baseline: HTTP + one blocking INSERT/event', naive],
      ])
        console.log(
          `  ${name.padEnd(48)} ${n(r.eventsPerSecond).padStart(6)} events/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  max ${r.maxMs} ms  ${r.errors} errors`,
        );
      const ratio = (r, x) => (r.eventsPerSecond / x.eventsPerSecond).toFixed(2);
      console.log(
        `  one event per call: Surety ÷ ceiling ${ratio(surety, ceiling)}× the events/s` +
          (backend === 'postgres' ? ' (goal: at least 0.6×)' : '') +
          `; Surety ÷ naive baseline: ${ratio(surety, naive)}× the events/s, ${(surety.p99Ms / naive.p99Ms).toFixed(2)}× the p99` +
          (backend === 'sqlite' ? '   (goal: 5,000 events/s with p99 < 20 ms)' : ''),
      );
      console.log(
        `  ${PER_CALL} events per call: Surety ÷ ceiling ${ratio(batched, ceiling)}× the events/s; ÷ naive baseline ${ratio(batched, naive)}×` +
          ' (the ceiling and the baseline commit one event per transaction; a call of many events shares them)',
      );
      results[backend].ingestion = { surety, batched, ceiling, naive };
    }
    if (!PARTS.includes('timers')) continue;
    const timers = await timersAndRecompute(backend, await db('timers'), join(dir, `${backend}-timers.log`));
    console.log(
      `${backend}: ${n(timers.openClocks)} open clocks (opened over HTTP in ${timers.populateSeconds.toFixed(0)} s), ${n(timers.breachesRecorded)} breaches recorded`,
    );
    console.log(
      `  timer lateness p50 ${timers.latenessMs.p50} ms, p99 ${timers.latenessMs.p99} ms, max ${timers.latenessMs.max} ms (goal p99 < 1,000 ms;` +
        ' for reference, not run: a 5-minute poll, as Chatwoot does, is late by 150 s on average and up to 300 s)',
    );
    console.log(
      `  recompute after a contract change: ${n(timers.recompute.tickets)} open tickets in ${timers.recompute.seconds.toFixed(1)} s, ${n(timers.recompute.moved)} deadlines moved (goal < 10 s)`,
    );
    results[backend].timers = timers;
  }
  mkdirSync('bench/.out', { recursive: true });
  writeFileSync('bench/.out/server.json', JSON.stringify(results, null, 2));
  return results;
}
