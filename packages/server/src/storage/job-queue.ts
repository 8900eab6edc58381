import { createHash } from 'node:crypto';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Executor } from './repositories/executor.js';

/**
 * The PostgreSQL job queue (pg-boss) through which several Surety processes share clock timers and webhook
 * deliveries: each job is taken by one worker (SKIP LOCKED), and a job whose worker died is failed when its
 * lease runs out and retried by another. SQLite has one process and needs none of this.
 */
export const QUEUES = { timers: 'surety-timers', webhooks: 'surety-webhooks', email: 'surety-email' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface QueuedJob {
  /** Names the job: queuing the same key twice queues it once. */
  key: string;
  /** Not before this instant (epoch ms). */
  at: number;
  data: Record<string, string>;
}

export interface JobQueueOptions {
  /** A job taken and not finished in this time (its process died or hung) is retried by another worker. */
  leaseSeconds: number;
  /** How often expired leases are looked for. */
  superviseSeconds: number;
  /** How often an idle worker asks for due jobs (at least 0.5 s in pg-boss). */
  pollSeconds: number;
  onError(e: unknown): void;
}

export interface JobQueue {
  /** Queues jobs inside the caller's transaction: they exist exactly when the write that needs them commits. */
  add(db: Executor, queue: QueueName, jobs: readonly QueuedJob[]): Promise<void>;
  /** Runs `handler` on batches of due jobs until stopped; a handler that throws has its batch retried. */
  work(queue: QueueName, batchSize: number, handler: (jobs: Record<string, string>[]) => Promise<void>): Promise<void>;
  /** Makes this process's workers of a queue ask for due jobs now, instead of at their next poll. */
  wake(queue: QueueName): void;
  /**
   * Calls `listener` with the due instant of timers that any process (this one included) saves, once their
   * transaction commits, when they fall due within `TIMER_NOTICE_HORIZON_MS`; and with -Infinity after the
   * listening connection was lost and made again (notices may have been missed meanwhile: look again).
   */
  onTimerSaved(listener: (at: number) => void): Promise<void>;
  stop(): Promise<void>;
}

/**
 * How far ahead a saved timer is announced to the other processes. Their timer loops look for the next timer at
 * least this often anyway (worker/clock-worker.ts), so only a timer due sooner can come before their next look;
 * announcing later ones would only cost every process a wake-up per write.
 */
export const TIMER_NOTICE_HORIZON_MS = 30_000;
/** The PostgreSQL notification channel of saved timers (NOTIFY is per database). */
const TIMER_CHANNEL = 'surety_timer_saved';

export const DEFAULT_JOB_QUEUE_OPTIONS: Omit<JobQueueOptions, 'onError'> = {
  leaseSeconds: 30,
  superviseSeconds: 5,
  pollSeconds: 0.5,
};

export async function openJobQueue(url: string, options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: 'surety_jobs',
    max: 4,
    schedule: false,
    maintenanceIntervalSeconds: options.superviseSeconds,
    monitorStateIntervalSeconds: Math.max(60, options.superviseSeconds),
  });
  boss.on('error', options.onError);
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    // Retries are how a dead worker's jobs are taken over, so they do not run out; a failing job is retried
    // with backoff, and timers and deliveries are idempotent, so a retry never records anything twice.
    const settings = {
      name,
      policy: 'standard' as const,
      expireInSeconds: options.leaseSeconds,
      retryLimit: 1_000,
      retryDelay: 1,
      retryBackoff: true,
    };
    await boss.createQueue(name, settings);
    // The queue keeps its settings: the process started last applies its own, so a changed lease takes effect.
    await boss.updateQueue(name, settings);
  }
  const workers = new Map<QueueName, string[]>();
  const timerNotices = listenForTimers(url, options.onError);
  return {
    add: async (db, queue, jobs) => {
      if (!jobs.length) return;
      const inTransaction = {
        executeSql: async (text: string, values: unknown[]) => ({
          rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows as unknown[],
        }),
      };
      await boss.insert(
        jobs.map((j) => ({
          id: jobId(queue, j.key),
          name: queue,
          data: j.data,
          startAfter: new Date(j.at).toISOString(),
        })),
        { db: inTransaction },
      );
      if (queue !== QUEUES.timers) return;
      // Sent with the transaction: PostgreSQL delivers it to the listeners when (and only if) it commits.
      const earliest = Math.min(...jobs.map((j) => j.at));
      if (earliest <= Date.now() + TIMER_NOTICE_HORIZON_MS)
        await db.executeQuery(CompiledQuery.raw('select pg_notify($1, $2)', [TIMER_CHANNEL, String(earliest)]));
    },
    work: async (queue, batchSize, handler) => {
      const worker: { id?: string } = {};
      worker.id = await boss.work<Record<string, string>>(
        queue,
        { batchSize, pollingIntervalSeconds: options.pollSeconds },
        async (jobs) => {
          await handler(jobs.map((j) => j.data));
          // A full batch means more are due: ask again at once instead of after the polling interval.
          if (jobs.length === batchSize && worker.id) boss.notifyWorker(worker.id);
        },
      );
      workers.set(queue, [...(workers.get(queue) ?? []), worker.id]);
    },
    wake: (queue) => {
      for (const id of workers.get(queue) ?? []) boss.notifyWorker(id);
    },
    onTimerSaved: (listener) => timerNotices.listen(listener),
    stop: async () => {
      await timerNotices.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * One connection per process that LISTENs for saved timers, opened with the first listener (which hears it if
 * that fails); once it has listened, a lost connection is made again a second later, and the listeners are told
 * to look again (-Infinity).
 */
function listenForTimers(url: string, onError: (e: unknown) => void) {
  const listeners: ((at: number) => void)[] = [];
  let client: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;
  const tell = (at: number) => {
    for (const l of listeners) l(at);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, application_name: `surety ${process.pid} timers` });
    c.on('notification', (n) => tell(Number(n.payload)));
    c.on('error', (e) => {
      onError(e);
      void c.end().catch(() => {});
    });
    c.on('end', () => {
      if (client !== c || stopped) return;
      client = undefined;
      retry = setTimeout(() => {
        void connect().then(
          () => tell(-Infinity),
          (e: unknown) => onError(e),
        );
      }, 1000);
    });
    client = c;
    try {
      await c.connect();
      await c.query(`listen ${TIMER_CHANNEL}`);
    } catch (e) {
      client = undefined;
      void c.end().catch(() => {});
      throw e;
    }
  };
  return {
    listen: async (listener: (at: number) => void) => {
      listeners.push(listener);
      await (connecting ??= connect());
    },
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}

/** A job's id is derived from its key, so the same job queued twice (or by two processes) is one job. */
function jobId(queue: QueueName, key: string): string {
  const h = createHash('sha256').update(`${queue}|${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
