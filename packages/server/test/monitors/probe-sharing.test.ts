import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../src/services/catalog/create-service.js';
import { SYSTEM } from '../../src/services/core/service-context.js';
import { openStore, type Store } from '../../src/services/core/store.js';
import { createMonitor } from '../../src/services/monitors/create.js';
import { POSTGRES_ADMIN_URL, skipped } from '../databases.js';
import { repoRoot } from '../run-cli.js';
import { httpTarget, type HttpTarget } from './targets.js';

const MONITORS = 40;
const INTERVAL = 15_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['packages/server/dist/cli/main.js', 'worker', '--database', url], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (/^Surety worker on/.test(line)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it started`)));
  });
}

// Two `surety worker` processes on one PostgreSQL share the checks of location `local`; one is killed with SIGKILL.
describe.skipIf(skipped('postgres'))('probe processes sharing checks on PostgreSQL', () => {
  const name = `surety_probes_${process.pid}`;
  const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  let store: Store;
  let target: HttpTarget;
  const workers: ChildProcess[] = [];
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await c.connect();
    await c.query(sql);
    await c.end();
  };

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${name}`);
    store = await openStore(url);
    target = await httpTarget();
  });
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    await store?.close();
    await target?.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('runs each check once per interval, and takes over a killed process within one interval', async () => {
    const ctx = store.context(SYSTEM);
    await createService(ctx, { id: 'site', name: 'Site', description: '' });
    for (let i = 0; i < MONITORS; i++)
      await createMonitor(ctx, {
        id: `m${i}`,
        serviceId: 'site',
        name: `Page ${i}`,
        config: { ...defaults, url: `${target.url}/health?m${i}` },
        intervalSeconds: INTERVAL / 1000,
      });
    workers.push(await startWorker(url), await startWorker(url));
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const members = async () => Number((await db.query('select count(*) as n from probe_members')).rows[0].n);
    while ((await members()) < 2) await sleep(200);
    // A full interval with both processes: every monitor checked, and by one process only.
    await sleep(INTERVAL + 4_000);
    const killedAt = Date.now();
    workers[0]!.kill('SIGKILL');
    const samples = async (before: number) =>
      (
        await db.query<{ monitor_key: number; t: string }>(
          'select monitor_key, t from monitor_samples where t < $1 order by monitor_key, t',
          [before],
        )
      ).rows;
    const requests = new Map(target.requests);
    const beforeKill = await samples(killedAt);
    const perMonitor = new Map<number, number>();
    for (const s of beforeKill) perMonitor.set(s.monitor_key, (perMonitor.get(s.monitor_key) ?? 0) + 1);
    expect(perMonitor.size).toBe(MONITORS);
    // Requests the target saw per monitor, against the results stored: a check run by both processes would show as
    // twice the requests. One more request is allowed for a check in flight when the counts were taken.
    for (let i = 0; i < MONITORS; i++) {
      const seen = requests.get(`m${i}`) ?? 0;
      const stored = perMonitor.get(i + 1) ?? 0;
      expect(seen - stored, `monitor m${i}: ${seen} requests, ${stored} results`).toBeLessThanOrEqual(1);
    }
    // After the kill: every monitor, the dead process's too, is measured again within one interval.
    await sleep(2 * INTERVAL + 3_000);
    const end = Date.now();
    const all = await samples(end);
    await db.end();
    const byMonitor = new Map<number, number[]>();
    for (const s of all) byMonitor.set(s.monitor_key, [...(byMonitor.get(s.monitor_key) ?? []), Number(s.t)]);
    for (const [key, ts] of byMonitor) {
      expect(ts[ts.length - 1]!, `monitor ${key}'s last result`).toBeGreaterThan(end - INTERVAL - 2_000);
      // At most the one slot that fell while the survivor noticed is missed: no gap over two intervals.
      const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
      expect(Math.max(...gaps), `monitor ${key}`).toBeLessThanOrEqual(2 * INTERVAL);
    }
  }, 120_000);
});

const defaults = {
  type: 'http' as const,
  method: 'GET' as const,
  headers: {},
  json: [],
  followRedirects: true,
  maxRedirects: 5,
  timeoutMs: 5_000,
  ignoreTlsErrors: false,
  certificateWarnDays: 14,
};
