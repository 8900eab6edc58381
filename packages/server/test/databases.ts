import pg from 'pg';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { storeOver } from '../src/services/core/store.js';
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
 */
export async function freshDatabase(
  backend: 'sqlite' | 'postgres',
  { migrated = true } = {},
): Promise<Database & { url: string }> {
  if (backend === 'sqlite') {
    const store = openDatabase(':memory:');
    if (migrated) await migrate(store.db);
    return { ...store, url: ':memory:' };
  }
  const name = `surety_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
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
  /** A context for a principal (default: the system), as the server hands its routes one. */
  context(principal?: Principal): ServiceContext;
  close(): Promise<void>;
}

/**
 * A new, migrated database of the backend with the store over it, built as the server builds its own
 * (services/core/store.ts): writes on SQLite go through the group commit, ticket changes through the change
 * channel. `now` is the test's clock, read at every call.
 */
export async function freshStore(
  backend: 'sqlite' | 'postgres',
  now: () => number,
  options: { publicUrl?: string } = {},
): Promise<TestStore> {
  const database = await freshDatabase(backend);
  const store = storeOver(database, backend === 'postgres' ? database.url : undefined, options);
  return {
    db: database.db,
    url: database.url,
    backend,
    context: (principal = SYSTEM) => store.context(principal, now),
    close: () => store.close(),
  };
}
