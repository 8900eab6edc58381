import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { storeOver, type Store, type StoreOptions } from '../src/services/core/store.js';
import { DEFAULT_JOB_QUEUE_OPTIONS, openJobQueue } from '../src/storage/job-queue.js';
import { migrate, openDatabase, type Database } from '../src/storage/database.js';

/**
 * One repository suite, every backend: an in-memory SQLite database and a fresh PostgreSQL database on the
 * local server (127.0.0.1:5432, user postgres; `.ci/run` starts it when it is down). Set
 * SURETY_TEST_POSTGRES=off to skip PostgreSQL (the runner reports those tests as skipped).
 */
export const POSTGRES_ADMIN_URL = process.env.SURETY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const backends = ['sqlite', 'postgres'] as const;
/** Whether a backend's suite is skipped (the test runner reports its tests as skipped). */
export const skipped = (backend: (typeof backends)[number]) =>
  backend === 'postgres' && process.env.SURETY_TEST_POSTGRES === 'off';

/**
 * A new, empty database of the backend, with its URL: migrated to the latest schema unless `migrated` is false.
 * PostgreSQL with `icuLocale` (say 'en-US'): the database's collation is that ICU locale's, not the server's default.
 */
export async function freshDatabase(
  backend: 'sqlite' | 'postgres',
  { migrated = true, icuLocale }: { migrated?: boolean; icuLocale?: string } = {},
): Promise<Database & { url: string }> {
  if (backend === 'sqlite') {
    const store = openDatabase(':memory:');
    if (migrated) await migrate(store.db);
    return { ...store, url: ':memory:' };
  }
  // Several people testing on one server keep apart by prefix (SURETY_TEST_DATABASE_PREFIX, e.g. surety_fix_).
  const name = `${process.env.SURETY_TEST_DATABASE_PREFIX ?? 'surety_test_'}${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE ${name}` +
      (icuLocale ? ` TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE ${pg.escapeLiteral(icuLocale)}` : ''),
  );
  await admin.end();
  const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const store = openDatabase(url);
  if (migrated) await migrate(store.db);
  return {
    ...store,
    url,
    close: async () => {
      await store.close();
      const dropper = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A fresh store for a test: its database (for direct reads) and contexts on the test's clock. */
export interface TestStore {
  db: Database['db'];
  url: string;
  backend: Database['backend'];
  /** A context for a principal (default: the system), as the server hands its routes one; on the test's clock unless given. */
  context(principal?: Principal, now?: () => number): ServiceContext;
  /** The store itself, as the server hands it to its workers (its contexts are on the system clock unless given). */
  store: Store;
  /**
   * Another store over the same database, as another server process sharing it has (its own connections, caches
   * and change channel): PostgreSQL, or SQLite `onDisk`. Closing it leaves the database to this store.
   */
  another(): Promise<TestStore>;
  close(): Promise<void>;
}

export interface TestStoreOptions {
  /** Where readers reach the server: the base of links in email. */
  publicUrl?: string;
  /** SQLite: a file in a new temporary directory rather than memory, so that another store can share it. */
  onDisk?: boolean;
  /** PostgreSQL: share timers and webhook deliveries through the job queue, as `openStore` does (ignored on SQLite). */
  jobQueue?: StoreOptions['jobQueue'];
}

/**
 * A new, migrated database of the backend with the store over it, built as the server builds its own
 * (services/core/store.ts): writes on SQLite go through the group commit, ticket changes through the change
 * channel, and the store has caches of its own. `now` is the test's clock, read at every call.
 */
export async function freshStore(
  backend: 'sqlite' | 'postgres',
  now: () => number,
  options: TestStoreOptions = {},
): Promise<TestStore> {
  if (backend === 'sqlite' && options.onDisk) {
    const file = join(mkdtempSync(join(tmpdir(), 'surety-test-')), 'surety.db');
    const database = openDatabase(file);
    await migrate(database.db);
    return testStore({ ...database, url: file }, now, options);
  }
  return testStore(await freshDatabase(backend), now, options);
}

async function testStore(
  database: Database & { url: string },
  now: () => number,
  options: TestStoreOptions,
): Promise<TestStore> {
  const { backend, url } = database;
  const jobs =
    backend === 'postgres' && options.jobQueue
      ? await openJobQueue(url, { ...DEFAULT_JOB_QUEUE_OPTIONS, ...options.jobQueue })
      : undefined;
  const store = storeOver(database, backend === 'postgres' ? url : undefined, { publicUrl: options.publicUrl, jobs });
  return {
    db: database.db,
    url,
    backend,
    context: (principal = SYSTEM, at = now) => store.context(principal, at),
    store,
    another: () => {
      if (url === ':memory:') throw new Error('an in-memory SQLite database is not shared: ask for it onDisk');
      return testStore({ ...openDatabase(url), url }, now, options);
    },
    close: () => store.close(),
  };
}
