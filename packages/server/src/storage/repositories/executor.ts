import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { Tables } from '../tables.js';

/** Repositories run on the database or inside a service's transaction alike. */
export type Executor = Kysely<Tables> | Transaction<Tables>;

/**
 * Row locks matter only on PostgreSQL: SQLite has one writer at a time, and its transactions are serialized
 * by the driver, so there is nothing to lock against.
 */
export function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Both backends bound the parameters of one statement (SQLite 32,766, PostgreSQL 65,535): write in chunks. */
export function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
