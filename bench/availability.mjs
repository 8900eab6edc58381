// Availability benchmark: 25,920,000 probe samples held as columns (typed arrays): 100 monitors × 3 locations
// × 30 days at 30 s. (The issue names 1,000 monitors and 25.9M samples, but 1,000 × 3 × 30 days at 30 s is
// 259.2M; we keep the named sample count. AVAILABILITY_MONITORS=1000 runs the larger size: SQLite's load then
// takes minutes and several GB.) Surety detects outages (impact = failing locations / locations, TechJutsu's 10% and
// 60 s) and builds each monitor's monthly report; the peer is the plain SQLite aggregate that Uptime Kuma and
// Gatus use for uptime (up samples / all samples per monitor) over the same samples. Loading is excluded from
// both timings.
import Database from 'better-sqlite3';
import { outagesFromProbes, parsePercent, timeReport } from '@surety/engine';
import { mulberry32 } from './seeded-random.mjs';

const MONITORS = Number(process.env.AVAILABILITY_MONITORS ?? 100);
const LOCATIONS = 3;
const STEP = 30_000;
const START = Date.UTC(2026, 1, 1); // February 2026: 28 days, so 30 days of samples overrun the month by two
const DAYS = 30;
const PER_LOCATION = (DAYS * 86_400_000) / STEP;
const PER_MONITOR = PER_LOCATION * LOCATIONS;

/** Seeded samples: mostly up, with failure runs at one location (minor) or all (outage) now and then. */
function generate() {
  const n = MONITORS * PER_MONITOR;
  const t = new Float64Array(n);
  const location = new Uint8Array(n);
  const ok = new Uint8Array(n);
  const random = mulberry32(2026);
  let i = 0;
  for (let m = 0; m < MONITORS; m++) {
    const downUntil = new Float64Array(LOCATIONS);
    for (let k = 0; k < PER_LOCATION; k++) {
      for (let l = 0; l < LOCATIONS; l++) {
        const at = START + k * STEP + l * 10_000; // locations staggered by 10 s
        const r = random();
        if (r < 0.00001)
          downUntil[l] = at + Math.floor(random() * 20) * STEP; // a failure run at one location
        else if (r < 0.000012) downUntil.fill(at + Math.floor(random() * 60) * STEP); // a failure everywhere
        t[i] = at;
        location[i] = l;
        ok[i] = at < downUntil[l] ? 0 : 1;
        i++;
      }
    }
  }
  return { t, location, ok, n };
}

export async function run() {
  const data = generate();
  const target = parsePercent('99.90%');
  const period = { label: '2026-02', start: START, end: Date.UTC(2026, 2, 1), zone: 'UTC' };
  const rule = { minImpact: 0.1, minDurationMs: 60_000 };
  const surety = () => {
    let met = 0;
    for (let m = 0; m < MONITORS; m++) {
      const from = m * PER_MONITOR;
      const columns = {
        t: data.t.subarray(from, from + PER_MONITOR),
        location: data.location.subarray(from, from + PER_MONITOR),
        ok: data.ok.subarray(from, from + PER_MONITOR),
        length: PER_MONITOR,
        locations: LOCATIONS,
      };
      const outages = outagesFromProbes(columns, rule, period.end);
      if (timeReport({ period, target, denominator: 'period', outages, decisions: [] }).met) met++;
    }
    return met;
  };
  surety(); // warm-up
  globalThis.gc?.();
  const runs = 5;
  const s0 = process.hrtime.bigint();
  let met = 0;
  for (let r = 0; r < runs; r++) met = surety();
  const suretySeconds = Number(process.hrtime.bigint() - s0) / 1e9 / runs;

  const db = new Database(':memory:');
  db.exec('CREATE TABLE samples (monitor INTEGER, t INTEGER, location INTEGER, ok INTEGER)');
  const insert = db.prepare('INSERT INTO samples VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < data.n; i++) insert.run(Math.floor(i / PER_MONITOR), data.t[i], data.location[i], data.ok[i]);
  })();
  db.exec('CREATE INDEX samples_monitor_t ON samples (monitor, t)');
  const query = db.prepare(
    'SELECT monitor, SUM(ok) AS up, COUNT(*) AS total FROM samples WHERE t >= ? AND t < ? GROUP BY monitor',
  );
  query.all(period.start, period.end); // warm-up
  const q0 = process.hrtime.bigint();
  const rows = query.all(period.start, period.end);
  const sqliteSeconds = Number(process.hrtime.bigint() - q0) / 1e9;
  db.close();

  const result = {
    samples: data.n,
    monitors: MONITORS,
    surety: { seconds: suretySeconds, samplesPerSecond: data.n / suretySeconds, monitorsMeetingTarget: met },
    sqlite: { seconds: sqliteSeconds, samplesPerSecond: data.n / sqliteSeconds, monitors: rows.length },
    ratio: sqliteSeconds / suretySeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  const n = (x) => Math.round(x).toLocaleString('en-US');
  console.log(
    `\nAvailability from raw probe samples (${n(data.n)} samples, ${MONITORS} monitors × ${LOCATIONS} locations × ${DAYS} days at 30 s)`,
  );
  console.log(
    `  Surety outages + monthly report: ${result.surety.seconds.toFixed(3)} s = ${n(result.surety.samplesPerSecond)} samples/s (goal > 50,000,000); ${met} of ${MONITORS} monitors met 99.90%`,
  );
  console.log(
    `  SQLite GROUP BY aggregate:       ${result.sqlite.seconds.toFixed(3)} s = ${n(result.sqlite.samplesPerSecond)} samples/s`,
  );
  console.log(
    `  ratio: Surety ${result.ratio.toFixed(1)}× the SQLite query (goal ≥ 20×); peak RSS ${result.peakRssMiB.toFixed(0)} MiB`,
  );
  return result;
}
