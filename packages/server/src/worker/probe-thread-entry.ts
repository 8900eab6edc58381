import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { ParentMessage, ThreadMessage } from './probe-thread.js';
import { startProbeScheduler, type ProbeLink } from './probe-scheduler.js';

/*
 * The worker thread of probe-thread.ts: a probe scheduler whose link is the parent, asked by message. Its stats go
 * to the parent every second (counts and lateness measured since the last report).
 */
const port = parentPort!;
const { member } = workerData as { member: string };
const post = (m: ThreadMessage) => port.postMessage(m);
const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
let seq = 0;
const call = (method: Extract<ThreadMessage, { kind: 'call' }>['method'], ...args: unknown[]) =>
  new Promise<unknown>((resolve, reject) => {
    const id = ++seq;
    waiting.set(id, { resolve, reject });
    post({ kind: 'call', id, method, args });
  });
const link: ProbeLink = {
  assignments: (m, revision) => call('assignments', m, revision) as ReturnType<ProbeLink['assignments']>,
  push: async (samples) => void (await call('push', samples)),
  pushCounts: async (monitorId, row) => void (await call('pushCounts', monitorId, row)),
};
const probe = startProbeScheduler({
  link,
  member,
  onError: (e) => post({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
});
/** Counts since the last report, so that the parent adds up those of a thread started again. */
const reported = { checks: 0, skipped: 0 };
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const report = () => {
  post({
    kind: 'stats',
    checks: probe.stats.checks - reported.checks,
    skipped: probe.stats.skipped - reported.skipped,
    inFlight: probe.stats.inFlight,
    lateness: probe.stats.lateness.splice(0),
    loopDelayMs: { p99: Math.round(loop.percentile(99) / 1e6), max: Math.round(loop.max / 1e6) },
  });
  reported.checks = probe.stats.checks;
  reported.skipped = probe.stats.skipped;
};
const reporter = setInterval(report, 1_000);
port.on('message', (m: ParentMessage) => {
  if (m.kind === 'reply') {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) w?.reject(new Error(m.error));
    else w?.resolve(m.value);
    return;
  }
  void probe.stop().then(() => {
    clearInterval(reporter);
    report();
    post({ kind: 'stopped' });
    port.close();
  });
});
