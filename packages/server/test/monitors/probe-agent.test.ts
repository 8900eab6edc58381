import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../../src/api/app.js';
import { SYSTEM, type Principal } from '../../src/services/core/service-context.js';
import { issueToken } from '../../src/services/tokens/api-tokens.js';
import { freshStore, type TestStore } from '../databases.js';
import { repoRoot } from '../run-cli.js';
import { httpTarget, type HttpTarget } from './targets.js';

const INTERVAL = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, test: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// A probe agent measures a target while its server is down, is killed with SIGKILL, and is started again: every
// result it had written to its buffer reaches the server once it answers again.
describe('probe agent', () => {
  let store: TestStore;
  let app: Api | undefined;
  let target: HttpTarget;
  let port = 0;
  let token = '';
  const agents: ChildProcess[] = [];
  const buffer = mkdtempSync(join(tmpdir(), 'surety-probe-'));
  const context = (principal: Principal = SYSTEM) => store.context(principal);
  const serve = async () => {
    app = await buildApp({ context });
    await app.listen({ host: '127.0.0.1', port });
    port = (app.server.address() as AddressInfo).port;
  };
  const agent = () => {
    const child = spawn(
      process.execPath,
      [
        'packages/server/dist/cli/main.js',
        'probe',
        '--location',
        'edge',
        '--server',
        `http://127.0.0.1:${port}`,
        '--token',
        token,
        '--buffer',
        buffer,
      ],
      { cwd: repoRoot, stdio: 'ignore' },
    );
    agents.push(child);
    return child;
  };
  const stored = async () =>
    (await store.db.selectFrom('monitor_samples').select('t').orderBy('t').execute()).map((r) => Number(r.t));
  const buffered = () => readdirSync(buffer).filter((f) => f.endsWith('.json'));

  beforeAll(async () => {
    store = await freshStore('sqlite', Date.now);
    target = await httpTarget();
    await serve();
    token = (await issueToken(context(), { role: 'agent', label: 'edge probe' })).token;
    const admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    const post = (url: string, payload: object) =>
      app!.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${admin}` } });
    await post('/services', { id: 'site', name: 'Site' });
    const created = await post('/monitors', {
      id: 'home',
      serviceId: 'site',
      name: 'Home',
      config: { type: 'http', url: `${target.url}/health` },
      intervalSeconds: INTERVAL / 1000,
      locations: ['edge'],
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    for (const a of agents) a.kill('SIGKILL');
    await app?.close();
    await target?.close();
    await store?.close();
  });

  it('keeps its results on disk while the server is away and through a SIGKILL, and delivers them all', async () => {
    agent();
    await until('a first result', async () => (await stored()).length >= 1);
    // The server goes away: results pile up in the buffer.
    await app!.close();
    app = undefined;
    await until('two buffered batches', () => buffered().length >= 2, 3 * INTERVAL);
    agents[0]!.kill('SIGKILL');
    await new Promise((r) => agents[0]!.once('exit', r));
    const waiting = buffered().flatMap(
      (f) => (JSON.parse(readFileSync(join(buffer, f), 'utf8')) as { samples: { t: string }[] }).samples,
    );
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    // The server is back on the same address, and the agent is started again with the same buffer.
    await serve();
    agent();
    await until('the buffer to drain', () => buffered().length === 0);
    const slots = await stored();
    for (const s of waiting) expect(slots).toContain(Date.parse(s.t));
    // Slots are the monitor's own schedule, INTERVAL apart: none measured twice.
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots.every((t, i) => i === 0 || (t - slots[i - 1]!) % INTERVAL === 0)).toBe(true);
  }, 90_000);
});
