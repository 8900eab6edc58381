import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Executor } from './repositories/executor.js';
import type { Tables } from './tables.js';

/**
 * The statements a batch transaction sends with its COMMIT, by its connection: state of one transaction, not a
 * store's cache (a connection belongs to one store's pool, and its entry is deleted when the transaction ends).
 */
const withCommit = new WeakMap<Executor, string[]>();

/**
 * A PostgreSQL transaction in as few round trips as its work allows: its BEGIN travels with its first statement,
 * and the statements its work leaves for the end (`deferToCommit`) travel with its COMMIT, each pair as one simple
 * query. A ticket-event batch is then two round trips, its locks and its writes, where each statement, BEGIN and
 * COMMIT was one: on this project's two-core machine, shared with the database, a round trip is a socket write
 * that wakes another process, which under load waits its turn for a core (bench/server.mjs; docs/benchmarks.md).
 *
 * The simple query protocol has no parameters: `first` and the deferred statements carry their values as
 * literals (`literal`). `work` gets the first statement's rows and runs on the transaction's connection; if it
 * throws, or a statement fails, the transaction is rolled back.
 */
export async function batchTransaction<R, T>(
  db: Kysely<Tables>,
  first: string,
  work: (trx: Executor, rows: R[]) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    try {
      // One simple query, and the client answers with its last statement's result (prepared-pg-client.ts).
      const { rows } = await sql.raw<R>(`begin; ${first}`).execute(connection);
      const deferred: string[] = [];
      withCommit.set(connection, deferred);
      const result = await work(connection, rows);
      withCommit.delete(connection);
      await sql.raw([...deferred, 'commit'].join('; ')).execute(connection);
      return result;
    } catch (e) {
      withCommit.delete(connection);
      // A failed statement of a simple query skips the rest of it: the transaction is left aborted, or was never
      // begun (a ROLLBACK then only warns).
      await sql
        .raw('rollback')
        .execute(connection)
        .catch(() => {});
      throw e;
    }
  });
}

/**
 * Leaves `statement` (its values as literals) to travel with the COMMIT of the batch transaction `db` belongs to,
 * after every statement the work sends meanwhile; false when `db` is no batch transaction, and the caller runs it.
 */
export function deferToCommit(db: Executor, statement: string): boolean {
  const deferred = withCommit.get(db);
  if (!deferred) return false;
  deferred.push(statement);
  return true;
}

/** A value as an SQL string literal (pg's own quoting, which also escapes backslashes). */
export const literal = (value: string): string => pg.escapeLiteral(value);

/**
 * A value as JSON that PostgreSQL's jsonb accepts: a lone UTF-16 surrogate (which JSON.stringify writes as a
 * \ud800-like escape, and jsonb refuses) becomes U+FFFD, as pg's UTF-8 encoding of a text parameter makes it. One
 * such string would otherwise fail the whole batch it travels in, the other callers' events with it.
 */
export const jsonDocument = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD') : v));

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
