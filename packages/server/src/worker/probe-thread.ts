import { Worker } from 'node:worker_threads';
import type { ProbeLink, ProbeScheduler, ProbeStats } from './probe-scheduler.js';

/** What the thread asks of the link, and what it reports (probe-thread-entry.ts). */
export type ThreadMessage =
  | { kind: 'call'; id: number; method: 'assignments' | 'push' | 'pushCounts'; args: unknown[] }
  | {
      kind: 'stats';
      checks: number;
      skipped: number;
      inFlight: number;
      lateness: number[];
      loopDelayMs: { p99: number; max: number };
    }
  | { kind: 'error'; message: string }
  | { kind: 'stopped' };
export type ParentMessage = { kind: 'reply'; id: number; value?: unknown; error?: string } | { kind: 'stop' };

/**
 * Runs a location's probe scheduler and its checks in a worker thread, so that its slots start on time whatever
 * the server's own event loop is doing (better-sqlite3 is synchronous: a commit's fsync, a checkpoint or a rollup
 * of 10,000 monitors there used to hold every check back by seconds). The link stays on this side: the thread asks
 * for assignments and hands over batches of results by message, and the store is written here as before.
 */
export function startProbeThread(
  link: ProbeLink,
  options: { member: string; onError(e: unknown): void },
): ProbeScheduler {
  const stats: ProbeStats = { checks: 0, skipped: 0, lateness: [], inFlight: 0 };
  let stopping = false;
  let stopped: (() => void) | undefined;
  let worker: Worker;
  let alive = false;
  const answer = async (from: Worker, m: Extract<ThreadMessage, { kind: 'call' }>) => {
    const reply: ParentMessage = { kind: 'reply', id: m.id };
    try {
      const method = link[m.method] as (...args: unknown[]) => Promise<unknown>;
      reply.value = await method(...m.args);
    } catch (e) {
      reply.error = e instanceof Error ? e.message : String(e);
      options.onError(e);
    }
    if (alive && from === worker) from.postMessage(reply);
  };
  const start = () => {
    const w = new Worker(new URL('./probe-thread-entry.js', import.meta.url), {
      workerData: { member: options.member },
    });
    worker = w;
    alive = true;
    w.on('message', (m: ThreadMessage) => {
      if (m.kind === 'call') void answer(w, m);
      else if (m.kind === 'stats') {
        Object.assign(stats, {
          checks: stats.checks + m.checks,
          skipped: stats.skipped + m.skipped,
          inFlight: m.inFlight,
          threadLoopDelayMs: m.loopDelayMs,
        });
        stats.lateness.push(...m.lateness);
        if (stats.lateness.length > 100_000) stats.lateness.splice(0, stats.lateness.length - 50_000);
      } else if (m.kind === 'error') options.onError(new Error(m.message));
      else stopped?.();
    });
    w.on('error', options.onError);
    // A thread that died of a bug is started again: its slots are run late rather than never (the new scheduler
    // starts from the next slot of each monitor; results it had not handed over are lost with it).
    w.on('exit', (code) => {
      alive = false;
      if (stopping) return stopped?.();
      options.onError(new Error(`probe thread exited (${code}); starting it again`));
      start();
    });
  };
  start();
  return {
    stats,
    stop: async () => {
      stopping = true;
      if (alive)
        await new Promise<void>((resolve) => {
          stopped = resolve;
          worker.postMessage({ kind: 'stop' } satisfies ParentMessage);
        });
      await worker.terminate();
    },
  };
}
