import { migrate, openDatabase, type Database } from '../../storage/database.js';
import { inProcessChannel, postgresChannel } from '../../storage/change-channel.js';
import { groupCommit } from '../../storage/group-commit.js';
import {
  DEFAULT_JOB_QUEUE_OPTIONS,
  openJobQueue,
  type JobQueue,
  type JobQueueOptions,
} from '../../storage/job-queue.js';
import type { Principal, ServiceContext } from './service-context.js';
import { storeCaches } from './store-caches.js';

export interface Store {
  backend: Database['backend'];
  /** PostgreSQL with processes sharing work: the job queue (absent on SQLite, which has one process). */
  jobs?: JobQueue;
  /** A context for one caller; the clock is the system clock unless given. */
  context(principal: Principal, now?: () => number): ServiceContext;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** On PostgreSQL, share timers and webhook deliveries with other processes through the job queue. */
  jobQueue?: Partial<JobQueueOptions> & Pick<JobQueueOptions, 'onError'>;
  /** Where readers reach this server: the base of links in email. */
  publicUrl?: string;
}

/** Opens and migrates the store named by a URL (postgres://… or a SQLite path; default ./data/surety.db). */
export async function openStore(url?: string, options: StoreOptions = {}): Promise<Store> {
  const database = openDatabase(url);
  await migrate(database.db);
  const jobs =
    database.backend === 'postgres' && options.jobQueue && url
      ? await openJobQueue(url, { ...DEFAULT_JOB_QUEUE_OPTIONS, ...options.jobQueue })
      : undefined;
  return storeOver(database, url, { ...options, jobs });
}

/**
 * A read-only store over a SQLite file that a writing store has opened and migrated, for readers on other threads
 * (api/status/status-page-threads.ts). Its contexts have `readOnly` set: a service that would write throws
 * `ReadOnlyContext` before touching the database. Its caches are its own.
 */
export function openReadOnlyStore(path: string): Store {
  const database = openDatabase(path, { readOnly: true });
  const caches = storeCaches();
  return {
    backend: database.backend,
    context: (principal, now = Date.now) => ({ db: database.db, principal, now, caches, readOnly: true }),
    close: () => database.close(),
  };
}

/**
 * The store over an open, migrated database, as the server runs it: on SQLite writes that arrive together share a
 * group commit, and ticket changes reach live clients in process; on PostgreSQL through LISTEN/NOTIFY when the
 * database has a URL. Tests build their stores here too (test/databases.ts), so that they run what production runs.
 */
export function storeOver(
  database: Database,
  url: string | undefined,
  options: Omit<StoreOptions, 'jobQueue'> & { jobs?: JobQueue } = {},
): Store {
  const { jobs } = options;
  const writes = database.backend === 'sqlite' ? groupCommit(database.db, database.durability) : undefined;
  const changes = database.backend === 'postgres' && url ? postgresChannel(url) : inProcessChannel();
  const caches = storeCaches();
  return {
    backend: database.backend,
    jobs,
    context: (principal, now = Date.now) => ({
      db: database.db,
      principal,
      now,
      caches,
      jobs,
      writes,
      changes,
      publicUrl: options.publicUrl,
    }),
    close: async () => {
      await jobs?.stop();
      await changes.close();
      await database.close();
    },
  };
}
