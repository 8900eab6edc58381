import { migrate, openDatabase, type Database } from '../storage/database.js';
import type { Principal, ServiceContext } from './service-context.js';

export interface Store {
  backend: Database['backend'];
  /** A context for one caller; the clock is the system clock unless given. */
  context(principal: Principal, now?: () => number): ServiceContext;
  close(): Promise<void>;
}

/** Opens and migrates the store named by a URL (postgres://… or a SQLite path; default ./data/surety.db). */
export async function openStore(url?: string): Promise<Store> {
  const database = openDatabase(url);
  await migrate(database.db);
  return {
    backend: database.backend,
    context: (principal, now = Date.now) => ({ db: database.db, principal, now }),
    close: () => database.close(),
  };
}
