import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/services/monitors/assignments.js';
import type { SampleInput } from '../../src/services/monitors/record-samples.js';
import type { ProbeLink, ProbeScheduler } from '../../src/worker/probe-scheduler.js';
import { httpTarget, type HttpTarget } from './targets.js';

// The thread is loaded from the build (packages/server/dist), as `surety serve` and `surety worker` run it: `npm test`
// builds first.
const { startProbeThread } = (await import('../../dist/worker/probe-thread.js')) as {
  startProbeThread(link: ProbeLink, options: { member: string; onError(e: unknown): void }): ProbeScheduler;
};

const INTERVAL = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The server's checks run in a worker thread: it asks this side for its assignments and hands over its results in
// batches, each on its slot, while this side's event loop is blocked (as a long SQLite transaction blocks it).
describe('probe thread', () => {
  let target: HttpTarget;
  const errors: unknown[] = [];
  const pushed: SampleInput[] = [];
  const assignments = (n: number): Assignment[] =>
    Array.from({ length: n }, (_, i) => ({
      monitorId: `m${i}`,
      key: i + 1,
      intervalMs: INTERVAL,
      config: {
        type: 'http',
        url: `${target.url}/health?m=m${i}`,
        method: 'GET',
        headers: {},
        json: [],
        followRedirects: true,
        maxRedirects: 5,
        // The target answers on this thread: while it is blocked, answers wait (longer than the block).
        timeoutMs: 10_000,
        ignoreTlsErrors: false,
        certificateWarnDays: 14,
      },
    }));

  beforeAll(async () => {
    target = await httpTarget();
  });
  afterAll(async () => {
    await target?.close();
  });

  it('runs every slot on time while the main event loop is blocked, and hands every result over', async () => {
    const link: ProbeLink = {
      assignments: async (member) => ({ assignments: assignments(20), members: [member] }),
      push: async (samples) => void pushed.push(...samples),
      pushCounts: async () => {},
    };
    const probe = startProbeThread(link, { member: 'test', onError: (e) => errors.push(e) });
    await sleep(2_500);
    // Block this thread for 3 s, as a long synchronous transaction would: the thread's slots keep their times.
    const until = Date.now() + 3_000;
    while (Date.now() < until);
    await sleep(1_500);
    await probe.stop();
    expect(errors).toEqual([]);
    // Every result handed over is a real request the target received, each slot once per monitor.
    const served = [...target.requests.values()].reduce((a, b) => a + b, 0);
    expect(pushed.length).toBe(served);
    expect(new Set(pushed.map((s) => `${s.monitorId}@${s.t}`)).size).toBe(pushed.length);
    expect(
      pushed.every((s) => s.ok && s.t % INTERVAL === ((Number(s.monitorId.slice(1)) + 1) * 7_919) % INTERVAL),
    ).toBe(true);
    // About 7 s of 20 monitors at 2 s: 2 or 3 slots each before the block, through it, after it.
    expect(pushed.length).toBeGreaterThanOrEqual(20 * 3);
    expect(probe.stats.checks).toBe(pushed.length);
    // Started on time although this side was blocked for 3 s (a loaded machine gets some leeway).
    expect(Math.max(...probe.stats.lateness)).toBeLessThan(1_000);
  });
});
