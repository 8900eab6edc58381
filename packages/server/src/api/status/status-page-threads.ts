import { Worker } from 'node:worker_threads';

/** What the server asks a page thread (status-page-thread-entry.ts): the public page as of `now`. */
export interface PageRequest {
  id: number;
  now: number;
}

/**
 * A thread's answer: the page's bytes; or `writes` when rendering it needs a write (days to keep for the uptime bars:
 * services/status/daily-uptime.ts), which only the server's own store may make; or the error that stopped it.
 */
export type PageAnswer =
  { id: number; page: Uint8Array } | { id: number; writes: true } | { id: number; error: string };

export interface StatusPageThreads {
  /**
   * The public page as of `now`, rendered on the least busy thread; undefined when the server's own thread must
   * render it (a write to make, or a thread that failed).
   */
  render(now: number): Promise<Buffer | undefined>;
  close(): Promise<void>;
}

interface PageThread {
  worker: Worker;
  waiting: Map<number, (page: Buffer | undefined) => void>;
}

/**
 * The public status page rendered on worker threads, each with its own read-only connection to the SQLite file. The
 * page costs a few milliseconds of CPU, all of it on one event loop otherwise: with ten readers at once each waited
 * for the nine before it, and for whatever else that loop was doing (probe results of 10,000 monitors, ticket
 * events). On threads the page uses the other cores, and the server's loop only passes bytes on. In WAL mode the
 * readers see the last committed state and never hold the writer up. PostgreSQL servers scale by processes instead.
 */
export function statusPageThreads(path: string, count: number, onError: (e: unknown) => void): StatusPageThreads {
  let closing = false;
  let seq = 0;
  const live = new Set<PageThread>();
  const restarts = new Set<NodeJS.Timeout>();
  const start = () => {
    const worker = new Worker(new URL('./status-page-thread-entry.js', import.meta.url), { workerData: { path } });
    const thread: PageThread = { worker, waiting: new Map() };
    live.add(thread);
    worker.on('message', (answer: PageAnswer) => {
      const done = thread.waiting.get(answer.id);
      thread.waiting.delete(answer.id);
      if ('page' in answer)
        return done?.(Buffer.from(answer.page.buffer, answer.page.byteOffset, answer.page.byteLength));
      if ('error' in answer) onError(new Error(`status page thread: ${answer.error}`));
      done?.(undefined);
    });
    worker.on('error', onError);
    // A thread that died leaves its requests to the server's own thread, and is started again a second later (not
    // at once: one that cannot start would otherwise be restarted in a loop).
    worker.on('exit', (code) => {
      live.delete(thread);
      for (const done of thread.waiting.values()) done(undefined);
      thread.waiting.clear();
      if (closing) return;
      onError(new Error(`status page thread exited (${code}); starting it again in ${RESTART_MS} ms`));
      const timer = setTimeout(() => {
        restarts.delete(timer);
        start();
      }, RESTART_MS);
      restarts.add(timer);
    });
  };
  for (let i = 0; i < count; i++) start();
  return {
    render: (now) => {
      let thread: PageThread | undefined;
      for (const t of live) if (!thread || t.waiting.size < thread.waiting.size) thread = t;
      if (!thread) return Promise.resolve(undefined);
      const id = ++seq;
      const chosen = thread;
      return new Promise((resolve) => {
        chosen.waiting.set(id, resolve);
        chosen.worker.postMessage({ id, now } satisfies PageRequest);
      });
    },
    close: async () => {
      closing = true;
      for (const timer of restarts) clearTimeout(timer);
      await Promise.all([...live].map((t) => t.worker.terminate()));
    },
  };
}

const RESTART_MS = 1_000;
