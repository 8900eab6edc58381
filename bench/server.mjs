// Server benchmarks (issue 4, section 7), on SQLite (the embedded default) and on PostgreSQL:
// 1. sustained ticket-event ingestion over HTTP: autocannon, in this process, drives a `surety serve` child
//    process with 32 connections; events/s and p50/p99 latency, every event a durable commit. The peer, driven
//    the same way in the same run, is the floor of a plain implementation on the same stack
//    (peers/plain-event-server.mjs: Fastify and one committed INSERT per event, nothing else).
// 2. timer lateness with 100,000 open clocks: every clock's deadline falls within one minute, and the server
//    records each breach when it falls due; lateness is the recorded instant minus the due instant, both read from
//    the breach events in the database afterwards.
// 3. full recompute of those 100,000 open tickets after a contract change (a new version assigned over HTTP).
// The server's log goes to a file, as a deployed server's would. Figures also go to bench/.out/server.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { api, freshPostgres, pool, serve, stop } from './surety-server.mjs';

const OPEN_CLOCKS = Number(process.env.SERVER_BENCH_CLOCKS ?? 100_000);
const INGEST_SECONDS = Number(process.env.SERVER_BENCH_SECONDS ?? 15);
const CONNECTIONS = 32;
const INGEST_TICKETS = 2000;
const PORT = 18090;

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

/** Posts status changes round-robin to the tickets I0… for INGEST_SECONDS, CONNECTIONS at a time. */
async function drive(url, token) {
  let i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: INGEST_SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          path: `/tickets/I${i++ % INGEST_TICKETS}/events`,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'status_changed', status: i % 2 ? 'open' : 'in_progress' }),
        }),
      },
    ],
  });
  return {
    eventsPerSecond: result.requests.average,
    acknowledged: result['2xx'],
    errors: result.non2xx + result.errors + result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
  };
}

async function ingestion(database, logFile) {
  const s = await serve(database, PORT, { logFile });
  try {
    await setup(s, '4h');
    await openTickets(s, INGEST_TICKETS, () => Date.now(), 'I');
    return await drive(s.url, s.token);
  } finally {
    await stop(s);
  }
}

/** The same load against the plain implementation (the floor). */
async function floorIngestion(database) {
  const child = spawn(process.execPath, ['bench/peers/plain-event-server.mjs', database, String(PORT)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve, reject) => {
    createInterface({ input: child.stderr }).on('line', (l) => (l === 'listening' ? resolve() : reject(new Error(l))));
    void exited.then((code) => reject(new Error(`plain-event-server exited with ${code}`)));
  });
  try {
    return await drive(`http://127.0.0.1:${PORT}`, 'none');
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
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
    const db = (name) => (backend === 'sqlite' ? join(dir, `${name}.db`) : freshPostgres(`surety_bench_${name}`));
    const surety = await ingestion(await db('ingest'), join(dir, `${backend}-ingest.log`));
    const floor = await floorIngestion(await db('floor'));
    console.log(
      `\n${backend}: ticket-event ingestion over HTTP (${INGEST_SECONDS} s, ${CONNECTIONS} connections, autocannon in another process)`,
    );
    for (const [name, r] of [
      ['Surety', surety],
      ['floor: Fastify + one committed INSERT per event', floor],
    ])
      console.log(
        `  ${name.padEnd(48)} ${n(r.eventsPerSecond).padStart(6)} events/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  max ${r.maxMs} ms  ${r.errors} errors`,
      );
    console.log(
      `  Surety ÷ floor: ${(surety.eventsPerSecond / floor.eventsPerSecond).toFixed(2)}× the events/s, ${(surety.p99Ms / floor.p99Ms).toFixed(2)}× the p99` +
        (backend === 'sqlite' ? '   (goal: 5,000 events/s with p99 < 20 ms)' : ''),
    );
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
    results[backend] = { ingestion: { surety, floor }, timers };
  }
  mkdirSync('bench/.out', { recursive: true });
  writeFileSync('bench/.out/server.json', JSON.stringify(results, null, 2));
  return results;
}
