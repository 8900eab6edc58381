// Monitors bench: MONITORS_COUNT (10,000) HTTP monitors at a 30 s interval (333 checks/s) measured from location
// `local` by the server's own probe (startMonitorWorker: scheduler, checks, batched writes, rollups) on SQLite,
// against target servers on 127.0.0.1 in a child process. Reports scheduling lateness, checks skipped, CPU, RSS and
// database growth; then the monthly uptime of every monitor read from 30 days of daily rollups.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { clearInterval, setInterval } from 'node:timers';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openStore } from '../packages/server/dist/services/core/store.js';
import { SYSTEM } from '../packages/server/dist/services/core/service-context.js';
import { createService } from '../packages/server/dist/services/catalog/create-service.js';
import { createMonitor } from '../packages/server/dist/services/monitors/create.js';
import { startMonitorWorker } from '../packages/server/dist/worker/monitor-worker.js';
import { uptimeReport } from '../packages/server/dist/services/monitors/uptime-report.js';
import { benchHttpConfig } from './monitor-seed.mjs';
import { storageFigures } from '../packages/server/dist/services/monitors/retention.js';

const MONITORS = Number(process.env.MONITORS_COUNT ?? 10_000);
const INTERVAL = 30_000;
const SECONDS = Number(process.env.MONITORS_SECONDS ?? 150);
const TARGETS = 4;
const DAY = 86_400_000;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const mb = (bytes) => Math.round(bytes / 1e6);

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'surety-monitors-bench-'));
  const file = join(dir, 'surety.db');
  const targets = spawn(process.execPath, ['bench/monitor-targets.mjs', String(TARGETS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: targets.stdout });
  const next = () => new Promise((resolve) => lines.once('line', (l) => resolve(JSON.parse(l))));
  const { ports } = await next();

  const store = await openStore(file);
  const ctx = store.context(SYSTEM);
  await createService(ctx, { id: 'bench', name: 'Bench', description: '' });
  const created = Date.now();
  for (let i = 0; i < MONITORS; i++)
    await createMonitor(ctx, {
      id: `m${i}`,
      serviceId: 'bench',
      name: `Monitor ${i}`,
      intervalSeconds: INTERVAL / 1000,
      config: benchHttpConfig(ports[i % TARGETS], i),
    });
  console.error(`created ${MONITORS} monitors in ${((Date.now() - created) / 1000).toFixed(1)} s`);
  const bytesBefore = (await storageFigures(ctx)).bytes;
  const cpuBefore = process.cpuUsage();
  let rssPeak = 0;
  let inFlightPeak = 0;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const rssTimer = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    inFlightPeak = Math.max(inFlightPeak, worker?.probe.stats.inFlight ?? 0);
  }, 500);
  let worker;
  // The machine is shared: the load average says how much else ran beside the bench.
  const loadStart = loadavg().map((l) => +l.toFixed(2));
  const started = Date.now();
  worker = startMonitorWorker(store, {
    sampleDays: 7,
    onError: (e) => console.error('worker:', e?.message ?? e),
  });
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const stopped = Date.now();
  const loadEnd = loadavg().map((l) => +l.toFixed(2));
  await worker.stop();
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(rssTimer);
  targets.kill('SIGTERM');
  const targetCpu = (await next()).cpuMs;

  // Completeness: every slot of every monitor that fell in the steady window was stored once.
  const from = started + INTERVAL; // the first interval is the scheduler's start
  const to = stopped - 5_000; // results still in flight at the stop
  const samples = await ctx.db
    .selectFrom('monitor_samples')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('t', '>=', from)
    .where('t', '<', to)
    .executeTakeFirst();
  const expected = Math.round((MONITORS * (to - from)) / INTERVAL);
  const stored = Number(samples.n);
  const allSamples = Number(
    (
      await ctx.db
        .selectFrom('monitor_samples')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    ).n,
  );
  const lateness = [...worker.probe.stats.lateness].sort((a, b) => a - b);
  // Growth: the database's pages (WAL content included) per stored sample (with its latest result, changes and
  // rollups), times the samples of a day.
  const bytesAfter = (await storageFigures(ctx)).bytes;
  await store.close();
  const after = await openStore(file);
  const perSample = (bytesAfter - bytesBefore) / allSamples;
  const samplesPerDay = (MONITORS * DAY) / INTERVAL;

  // Monthly report from rollups: 30 days of daily rollups for every monitor, then every monitor's month.
  const actx = after.context(SYSTEM);
  const june = Date.UTC(2026, 5, 1);
  const rows = [];
  for (let d = 0; d < 30; d++)
    for (let k = 1; k <= MONITORS; k++)
      rows.push({
        monitor_key: k,
        size: DAY,
        start: june + d * DAY,
        checks: 2880,
        failed: k % 97 === 0 ? 3 : 0,
        latency_sum: 2880 * 4,
        latency_max: 40,
        impact_ms: k % 97 === 0 ? 90_000 : 0,
        no_data_ms: 0,
      });
  const bytesBeforeRollups = (await storageFigures(actx)).bytes;
  for (let i = 0; i < rows.length; i += 2000)
    await actx.db.transaction().execute((trx) =>
      trx
        .insertInto('monitor_rollups')
        .values(rows.slice(i, i + 2000))
        .execute(),
    );
  // What one rollup row (minute, hour or day: the same columns) adds, with its key and index entries.
  const perRollup = ((await storageFigures(actx)).bytes - bytesBeforeRollups) / rows.length;
  const times = [];
  let report;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    report = await uptimeReport(actx, '2026-06');
    times.push(performance.now() - t0);
  }
  await after.close();
  times.sort((a, b) => a - b);
  const result = {
    monitors: MONITORS,
    loadAverage1_5_15: { start: loadStart, end: loadEnd },
    intervalSeconds: INTERVAL / 1000,
    seconds: Math.round((stopped - started) / 1000),
    checksRun: worker.probe.stats.checks,
    checksPerSecond: Math.round(worker.probe.stats.checks / ((stopped - started) / 1000)),
    steadyWindow: { expected, stored, missing: Math.max(0, expected - stored) },
    latenessMs: { p50: quantile(lateness, 0.5), p99: quantile(lateness, 0.99), max: lateness[lateness.length - 1] },
    cpu: {
      probeProcessPercentOfOneCore: Math.round(((cpu.user + cpu.system) / 1000 / (stopped - started)) * 100),
      targetsPercentOfOneCore: Math.round((targetCpu / (stopped - started)) * 100),
    },
    rssPeakMb: mb(rssPeak),
    inFlightPeak,
    eventLoopDelayMs: { p99: Math.round(loop.percentile(99) / 1e6), max: Math.round(loop.max / 1e6) },
    probeThreadLoopDelayMs: worker.probe.stats.threadLoopDelayMs,
    growth: {
      bytesPerSample: Math.round(perSample),
      mbPerDay: mb(perSample * samplesPerDay),
      mbPerMonitorPerMonth: +((perSample * samplesPerDay * 30) / MONITORS / 1e6).toFixed(2),
      bytesPerRollupRow: Math.round(perRollup),
      // Kept for good: 24 hourly and 1 daily rollup a day; kept with the raw samples: 1,440 minutes a day.
      kbPerMonitorPerMonthKept: +((perRollup * 25 * 30) / 1e3).toFixed(1),
      mbPerMonitorPerMonthOfMinutes: +((perRollup * 1440 * 30) / 1e6).toFixed(2),
    },
    monthlyReport: { monitors: report.items.length, msMedian: Math.round(times[2]), msMax: Math.round(times[4]) },
  };
  console.log(JSON.stringify(result, null, 2));
}
