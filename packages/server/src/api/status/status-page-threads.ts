import { Worker } from 'node:worker_threads';

/** What the server asks a page thread (status-page-thread-entry.ts): the public page as of `now`. */
export interface PageRequest {
  now: number;
}

/**
 * A thread's answer: the page's bytes; or `writes` when rendering it needs a write (days to keep for the uptime bars:
 * services/status/daily-uptime.ts), which only the server's own store may make; or the error that stopped it.
 */
export type PageAnswer = { page: Uint8Array } | { writes: true } | { error: string };

export interface StatusPageThreads {
  /**
   * The public page as of `now`, rendered on the first thread free; undefined when the server's own thread must
   * render it (a write to make, or a thread that failed).
   */
  render(now: number): Promise<Buffer | undefined>;
  close(): Promise<void>;
}

interface PageThread {
  worker: Worker;
  /**
   * Who waits for the page it is rendering. One at a time, so that a thread held up (a collection, the scheduler)
   * holds one page, and its next answer is that page's.
   */
  current?(page: Buffer | undefined): void;
}

/**
 * The public status page rendered on worker threads, each with its own read-only connection to the SQLite file. The
 * page costs a few milliseconds of CPU, all of it on one event loop otherwise: with ten readers at once each waited
 * for the nine before it, and for whatever else that loop was doing (probe results of 10,000 monitors, ticket
 * events). On threads the page uses the other cores, and the server's loop only passes bytes on. In WAL mode the
 * readers see the last committed state and never hold the writer up. PostgreSQL servers scale by processes instead.
 *
 * Pages wait in one queue, in order, and each goes to the first thread free: given to a thread at once, five pages
 * waited behind one thread's pause while the other thread had nothing to do.
 */
export function statusPageThreads(path: string, count: number, onError: (e: unknown) => void): StatusPageThreads {
  let closing = false;
  const live = new Set<PageThread>();
  const queue: { now: number; done(page: Buffer | undefined): void }[] = [];
  const restarts = new Set<NodeJS.Timeout>();
  const dispatch = () => {
    for (const thread of live) {
      if (thread.current) continue;
      const next = queue.shift();
      if (!next) return;
      thread.current = next.done;
      thread.worker.postMessage({ now: next.now } satisfies PageRequest);
    }
    // No thread left to wait for: the server's own thread renders what waits.
    if (!live.size) for (const waiting of queue.splice(0)) waiting.done(undefined);
  };
  const start = () => {
    const worker = new Worker(new URL('./status-page-thread-entry.js', import.meta.url), { workerData: { path } });
    const thread: PageThread = { worker };
    live.add(thread);
    worker.on('message', (answer: PageAnswer) => {
      const done = thread.current;
      thread.current = undefined;
      dispatch();
      if ('page' in answer)
        return done?.(Buffer.from(answer.page.buffer, answer.page.byteOffset, answer.page.byteLength));
      if ('error' in answer) onError(new Error(`status page thread: ${answer.error}`));
      done?.(undefined);
    });
    worker.on('error', onError);
    // A thread that died leaves its page to the server's own thread, and is started again a second later (not at
    // once: one that cannot start would otherwise be restarted in a loop).
    worker.on('exit', (code) => {
      live.delete(thread);
      thread.current?.(undefined);
      thread.current = undefined;
      dispatch();
      if (closing) return;
      onError(new Error(`status page thread exited (${code}); starting it again in ${RESTART_MS} ms`));
      const timer = setTimeout(() => {
        restarts.delete(timer);
        start();
        dispatch();
      }, RESTART_MS);
      restarts.add(timer);
    });
  };
  for (let i = 0; i < count; i++) start();
  return {
    render: (now) =>
      new Promise((done) => {
        queue.push({ now, done });
        dispatch();
      }),
    close: async () => {
      closing = true;
      for (const timer of restarts) clearTimeout(timer);
      await Promise.all([...live].map((t) => t.worker.terminate()));
      for (const waiting of queue.splice(0)) waiting.done(undefined);
    },
  };
}

const RESTART_MS = 1_000;
