// Status bench (issue 13, section 5), on SQLite:
// 1. GET /status under load: autocannon in this process drives a `surety serve` child process whose store holds
//    50 components (10 services of 5), 1,000 resolved incidents over the last 90 days (each with three updates and
//    an impact segment) and 90 days of uptime to compute; nothing is cached, every request computes the page.
// 2. a maintenance notice fanned out to 10,000 confirmed subscribers through the outbox to a real SMTP server
//    process (packages/server/test/smtp-sink.mjs): from POST /maintenance until the SMTP server has stored all.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { seedMonitors } from './monitor-seed.mjs';
import { api, serve, stop } from './surety-server.mjs';

const PORT = Number(process.env.STATUS_BENCH_PORT ?? 18510);
const DAY = 86_400_000;
const SUBSCRIBERS = Number(process.env.STATUS_BENCH_SUBSCRIBERS ?? 10_000);
const MONITORS = Number(process.env.STATUS_BENCH_MONITORS ?? 0);
// The server's own setting (serve --page-threads), passed on in its environment; its default is the number of cores.
const PAGE_THREADS = process.env.SURETY_PAGE_THREADS ?? Math.min(availableParallelism(), 4);

function startTargets() {
  const child = spawn(process.execPath, ['bench/monitor-targets.mjs', '4'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) =>
    createInterface({ input: child.stdout }).once('line', (l) => resolve({ child, ports: JSON.parse(l).ports })),
  );
}

function seed(file, now) {
  const db = new SQLite(file);
  const insert = db.transaction(() => {
    for (let s = 0; s < 10; s++) {
      db.prepare('INSERT INTO services VALUES (?, ?, ?, ?, ?)').run(`svc${s}`, `Service ${s}`, '', now, now);
      for (let c = 0; c < 5; c++)
        db.prepare('INSERT INTO components VALUES (?, ?, ?, ?, ?)').run(`svc${s}`, `c${c}`, `Component ${c}`, now, now);
    }
    for (let i = 0; i < 1000; i++) {
      const opened = now - 89 * DAY + Math.floor((i * 89 * DAY) / 1000);
      const resolved = opened + 30 * 60_000;
      const id = `inc-${i}`;
      db.prepare('INSERT INTO status_incidents VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        `Incident ${i}`,
        'incident',
        'resolved',
        opened,
        resolved,
        'bench',
      );
      const comps = JSON.stringify([{ serviceId: `svc${i % 10}`, componentId: `c${i % 5}` }]);
      ['investigating', 'identified', 'resolved'].forEach((status, k) =>
        db
          // Columns named: later columns (expected_end, migration 0181) keep their defaults.
          .prepare(
            'INSERT INTO status_incident_updates (incident_id, seq, at, status, text, fraction, components, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(id, k + 1, opened + k * 15 * 60_000, status, `Update ${k}`, k === 2 ? 0 : 0.5, comps, 'bench'),
      );
      db.prepare(
        'INSERT INTO incident_impacts (incident_id, seq, service_id, component_id, start, "end", fraction) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(id, 1, `svc${i % 10}`, `c${i % 5}`, opened, resolved, 0.5);
    }
    for (let i = 0; i < SUBSCRIBERS; i++)
      db.prepare('INSERT INTO subscriptions VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        `sub-${i}`,
        `reader${i}@example.test`,
        'svc0',
        'c0',
        `token-${String(i).padStart(12, '0')}`,
        now,
        now,
        null,
      );
  });
  insert();
  db.close();
}

/** CPU seconds (user + system) the process has used so far, from /proc (Linux): what a request costs, whatever the load. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The 1-minute load average: on a shared machine the latencies say as much about it as about the page. */
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

function startSmtpSink(dir) {
  const child = spawn(process.execPath, ['packages/server/test/smtp-sink.mjs', dir, '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) =>
    createInterface({ input: child.stdout }).once('line', (l) => resolve({ child, port: JSON.parse(l).port })),
  );
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'surety-status-bench-'));
  const file = join(dir, 'surety.db');
  // First start migrates the store (and prints the admin token); the data goes in while it is stopped.
  let s = await serve(file, PORT);
  const token = s.token;
  await stop(s);
  seed(file, Date.now());
  // STATUS_BENCH_MONITORS (default 0): that many HTTP monitors behind the components, probed by the server's own
  // monitor worker during the load (targets in a child process), each with 90 days of daily rollups.
  const targets = MONITORS ? await startTargets() : undefined;
  if (targets) {
    const db = new SQLite(file);
    seedMonitors(db, { count: MONITORS, ports: targets.ports, days: 90, now: Date.now() });
    db.close();
  }
  const mail = join(dir, 'mail');
  const sink = await startSmtpSink(mail);
  process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
  s = await serve(file, PORT, { logFile: join(dir, 'server.log') });
  s.token = token;

  // The first page measures the 88 days that are over and keeps them (the seed wrote the inputs directly); every
  // later page reads them back. Timed apart: it is once per change to the past, not per request.
  const firstStarted = performance.now();
  const page = await fetch(`${s.url}/status`);
  const bytes = (await page.text()).length;
  const firstMs = performance.now() - firstStarted;
  // With monitors the server also probes and writes results while idle: its CPU over 5 s without page requests is
  // taken off, so that the per-request figure is the page's own.
  let idlePerSecond = 0;
  if (MONITORS) {
    const idleFrom = cpuSeconds(s.child.pid);
    await new Promise((t) => setTimeout(t, 5_000));
    idlePerSecond = (cpuSeconds(s.child.pid) - idleFrom) / 5;
  }
  const cpuBefore = cpuSeconds(s.child.pid);
  const loadBefore = loadAverage();
  // The figures are the steady state: 3 s at the same load first, while V8 compiles the page's code and the heap
  // grows to its working size (the warm-up's own p99 is printed beside). The server's CPU counts both.
  const load = await autocannon({
    url: `${s.url}/status`,
    connections: 10,
    duration: 15,
    warmup: { connections: 10, duration: 3 },
  });
  const cpuUsed = cpuSeconds(s.child.pid) - cpuBefore;
  const served = load.requests.total + load.warmup.requests.total;
  const cpuPerRequest = ((cpuUsed - idlePerSecond * 18) * 1000) / served;
  console.log(
    `GET /status (50 components, ${MONITORS} monitors, 90 days, 1,000 incidents, SQLite, uncached, ${bytes} bytes, ` +
      `${PAGE_THREADS} page threads): ` +
      `${load.requests.average.toFixed(0)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ` +
      `max ${load.latency.max} ms, errors ${load.non2xx + load.errors + load.timeouts} ` +
      `(after a 3 s warm-up at the same load: p99 ${load.warmup.latency.p99} ms, max ${load.warmup.latency.max} ms); ` +
      `server CPU ${cpuPerRequest.toFixed(1)} ms per request` +
      (MONITORS ? ` (after ${(idlePerSecond * 1000).toFixed(0)} ms/s of probing measured idle)` : '') +
      `; first page ${firstMs.toFixed(0)} ms; ` +
      `load average ${loadBefore} before, ${loadAverage()} after`,
  );

  const started = performance.now();
  const r = await api(s, 'POST', '/maintenance', {
    serviceId: 'svc0',
    componentId: 'c0',
    start: new Date(Date.now() + 8 * DAY).toISOString(),
    end: new Date(Date.now() + 8 * DAY + 3_600_000).toISOString(),
    reason: 'Bench maintenance',
  });
  const published = performance.now() - started;
  const count = () => readdirSync(mail).filter((f) => f.endsWith('.eml')).length;
  while (count() < SUBSCRIBERS && performance.now() - started < 300_000) await new Promise((t) => setTimeout(t, 100));
  const elapsed = performance.now() - started;
  console.log(
    `notice to ${SUBSCRIBERS} subscribers: published (outbox written) in ${published.toFixed(0)} ms, ` +
      `${count()} stored by the SMTP server process after ${(elapsed / 1000).toFixed(1)} s (maintenance ${r.id ?? '?'})`,
  );
  await stop(s);
  sink.child.kill('SIGTERM');
  targets?.child.kill('SIGTERM');
}
