// Server benchmarks, on SQLite (the embedded default) and on PostgreSQL:
// 1. sustained ticket-event ingestion over HTTP, driven by autocannon from this process against a
//    `surety serve` child process: events/s and p50/p99 latency (every write is a committed transaction);
// 2. timer lateness with 100,000 open clocks: the server records each breach when it falls due; lateness is
//    the recorded instant minus the due instant, from the server's own log;
// 3. full recompute of those 100,000 open tickets after a contract change (PUT of a new contract version).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';

const OPEN_CLOCKS = Number(process.env.SERVER_BENCH_CLOCKS ?? 100_000);
const INGEST_SECONDS = Number(process.env.SERVER_BENCH_SECONDS ?? 15);
const PG_ADMIN = process.env.SURETY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const contract = (response) => `surety: 1
contract: { id: bench, title: Bench, provider: Bench }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: ${response} }, next_update: { every: 1h } } } } }
`;

/** Starts `surety serve` and resolves once it listens, with its admin token and a stream of its log lines. */
function serve(database, port) {
  const child = spawn(
    process.execPath,
    [
      'packages/server/dist/cli/main.js',
      'serve',
      '--database',
      database,
      '--port',
      String(port),
      '--contracts',
      mkdtempSync(join(tmpdir(), 'none-')),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines = [];
  const listeners = [];
  createInterface({ input: child.stdout }).on('line', (l) => {
    lines.push(l);
    for (const f of listeners) f(l);
  });
  return new Promise((resolve, reject) => {
    // A fresh store: the server prints its one-time admin token last.
    createInterface({ input: child.stderr }).on('line', (l) => {
      const token = /admin token[^:]*: (sur_\S+)/.exec(l)?.[1];
      if (token) resolve({ child, token, lines, onLine: (f) => listeners.push(f), url: `http://127.0.0.1:${port}` });
    });
    const errors = [];
    createInterface({ input: child.stderr }).on('line', (l) => errors.push(l));
    child.on('exit', (code) => {
      if (child.stopping) return;
      const error = new Error(
        `surety serve exited with ${code}: ${errors.slice(-5).join(' | ')} ${lines.slice(-3).join(' | ')}`,
      );
      reject(error);
      console.error(error.message);
      process.exit(1);
    });
  });
}

async function api(s, method, path, body, token = s.token) {
  const r = await fetch(s.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? null : r.json();
}

async function freshPostgres(name) {
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
}

async function setup(s, response) {
  await api(s, 'POST', '/customers', { id: 'bench', name: 'Bench' });
  await api(s, 'POST', '/contracts', { source: contract(response) });
  await api(s, 'PUT', '/customers/bench/contracts/bench', {});
}

/** Opens `count` tickets over HTTP with bounded concurrency; `at(i)` gives each one's opening instant. */
async function openTickets(s, count, at, prefix) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await api(s, 'POST', '/tickets', {
        id: `${prefix}${i}`,
        customerId: 'bench',
        contractId: 'bench',
        severity: 'S1',
        at: new Date(at(i)).toISOString(),
      });
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

async function ingestion(backend, database) {
  const s = await serve(database, 18090);
  try {
    await setup(s, '4h');
    const tickets = 2000;
    await openTickets(s, tickets, () => Date.now(), 'I');
    let i = 0;
    const result = await autocannon({
      url: s.url,
      connections: 32,
      duration: INGEST_SECONDS,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => ({
            ...req,
            path: `/tickets/I${i++ % tickets}/events`,
            headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'status_changed', status: i % 2 ? 'open' : 'in_progress' }),
          }),
        },
      ],
    });
    return {
      backend,
      eventsPerSecond: result.requests.average,
      ok: result['2xx'],
      errors: result.non2xx + result.errors,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
    };
  } finally {
    s.child.stopping = true;
    s.child.kill();
  }
}

async function timersAndRecompute(backend, database) {
  const s = await serve(database, 18091);
  try {
    await setup(s, '30m');
    // Calibrate: how fast can tickets be opened? Then place every deadline after the population is done.
    const calibrationStart = Date.now();
    await openTickets(s, 500, () => Date.now(), 'C');
    const perTicketMs = (Date.now() - calibrationStart) / 500;
    const populateMs = perTicketMs * OPEN_CLOCKS * 1.3 + 5_000;
    const firstDue = Date.now() + populateMs + 15_000;
    const spreadMs = 60_000;
    const due = (i) => firstDue + Math.floor((i * spreadMs) / OPEN_CLOCKS);
    const populateStart = Date.now();
    // Each opened 30 minutes before its deadline, which falls after the population: never in the future.
    await openTickets(s, OPEN_CLOCKS, (i) => due(i) - 30 * 60_000, 'T');
    const populated = (Date.now() - populateStart) / 1000;
    // Lateness of each breach of a T ticket, from the server log.
    const lateness = [];
    const done = new Promise((resolve) => {
      const seen = (l) => {
        const e = JSON.parse(l);
        if (e.msg === 'clock event recorded' && e.change === 'breached' && e.ticket.startsWith('T')) {
          lateness.push(e.lateMs);
          if (lateness.length === OPEN_CLOCKS) resolve();
        }
      };
      for (const l of s.lines) seen(l);
      s.onLine(seen);
    });
    await Promise.race([done, new Promise((r) => setTimeout(r, firstDue - Date.now() + spreadMs + 600_000))]);
    lateness.sort((a, b) => a - b);
    const pct = (p) => lateness[Math.min(lateness.length - 1, Math.floor((p / 100) * lateness.length))];
    // Recompute: a new version with a longer response time, assigned to the customer with 100,500 open tickets.
    await api(s, 'POST', '/contracts', { source: contract('8h') });
    const r0 = Date.now();
    const moved = await api(s, 'PUT', '/customers/bench/contracts/bench', { version: 2 });
    const recomputeSeconds = (Date.now() - r0) / 1000;
    return {
      backend,
      openClocks: OPEN_CLOCKS,
      populateSeconds: populated,
      breachesRecorded: lateness.length,
      latenessMs: { p50: pct(50), p99: pct(99), max: lateness.at(-1) },
      recompute: { tickets: moved.recomputed, moved: moved.moved.length, seconds: recomputeSeconds },
    };
  } finally {
    s.child.stopping = true;
    s.child.kill();
  }
}

export async function run() {
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), 'surety-bench-'));
  const backends = (process.env.SERVER_BENCH_BACKENDS ?? 'sqlite,postgres').split(',');
  for (const backend of backends) {
    const db = (name) => (backend === 'sqlite' ? join(dir, `${name}.db`) : freshPostgres(`surety_bench_${name}`));
    const ingest = await ingestion(backend, await db('ingest'));
    console.log(
      `\n${backend}: ingestion over HTTP (${INGEST_SECONDS} s, 32 connections, autocannon in another process)`,
    );
    console.log(
      `  ${Math.round(ingest.eventsPerSecond).toLocaleString('en-US')} events/s, p50 ${ingest.p50Ms} ms, p99 ${ingest.p99Ms} ms, ${ingest.errors} errors (goal on SQLite: 5,000 events/s with p99 < 20 ms)`,
    );
    const timers = await timersAndRecompute(backend, await db('timers'));
    console.log(
      `${backend}: ${timers.openClocks.toLocaleString('en-US')} open clocks (populated in ${timers.populateSeconds.toFixed(0)} s), ${timers.breachesRecorded.toLocaleString('en-US')} breaches recorded`,
    );
    console.log(
      `  timer lateness p50 ${timers.latenessMs.p50} ms, p99 ${timers.latenessMs.p99} ms, max ${timers.latenessMs.max} ms (goal p99 < 1,000 ms)`,
    );
    console.log(
      `  recompute after a contract change: ${timers.recompute.tickets.toLocaleString('en-US')} open tickets in ${timers.recompute.seconds.toFixed(1)} s, ${timers.recompute.moved.toLocaleString('en-US')} deadlines moved (goal < 10 s)`,
    );
    results.push({ ingest, timers });
  }
  return results;
}
