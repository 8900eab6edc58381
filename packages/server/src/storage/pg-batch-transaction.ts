import { sql, type Kysely } from 'kysely';
import type { Executor } from './repositories/executor.js';
import type { Tables } from './tables.js';

/**
 * The statements a batch transaction sends with its COMMIT, before and after it, by its connection: state of one
 * transaction, not a store's cache (a connection belongs to one store's pool, and its entry is deleted when the
 * transaction ends).
 */
const withCommit = new WeakMap<Executor, { before: string[]; after: string[] }>();

/**
 * A PostgreSQL transaction in as few round trips as its work allows: its BEGIN travels with its first statement,
 * and the statements its work leaves for the end (`deferToCommit`, and `afterCommit` for those that follow it)
 * travel with its COMMIT, each as one simple query. A ticket-event batch is then two round trips, its locks and its
 * writes, where each statement, BEGIN and COMMIT was one: on this project's two-core machine, shared with the database, a round trip is a socket write
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
      const deferred: { before: string[]; after: string[] } = { before: [], after: [] };
      withCommit.set(connection, deferred);
      const result = await work(connection, rows);
      withCommit.delete(connection);
      await sql.raw([...deferred.before, 'commit', ...deferred.after].join('; ')).execute(connection);
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
  deferred.before.push(statement);
  return true;
}

/**
 * Leaves `statement` (its values as literals) to travel right after the COMMIT of the batch transaction `db` belongs
 * to, in the same simple query, where it runs in a transaction of its own once the batch has committed (and not at
 * all if the batch failed); false when `db` is no batch transaction. It must not fail: the batch's callers would hear
 * of a failure for writes that were committed.
 */
export function afterCommit(db: Executor, statement: string): boolean {
  const deferred = withCommit.get(db);
  if (!deferred) return false;
  deferred.after.push(statement);
  return true;
}

/**
 * A value as an SQL string constant, dollar-quoted (`$j$…$j$`, with a tag the value does not contain): PostgreSQL
 * reads its text as it is, without escapes, so nothing of it is copied to double quotes or backslashes, and the server
 * does not undo that either. A batch's document is JSON holding JSON (the events' payloads, the projections' states),
 * so a backslash before every inner quote: quoting it as pg's `escapeLiteral` does (quotes and backslashes doubled,
 * an E prefix) took 8.5 % of the server's busy time with 50 events per call (CPU profile of bench/server.mjs),
 * and PostgreSQL undid it. The value must not contain a NUL, which no SQL text may (JSON escapes it).
 */
export function literal(value: string): string {
  let tag = '$j$';
  for (let n = 0; closesEarly(value, tag); n++) tag = `$j${n}$`;
  return `${tag}${value}${tag}`;
}

/** Whether the tag would end the constant before the value's end: within it, or across its end (`…$j` + `$j$`). */
function closesEarly(value: string, tag: string): boolean {
  const end = value.slice(1 - tag.length);
  return value.includes(tag) || `${end}${tag}`.indexOf(tag) < end.length;
}

/**
 * A value as JSON that PostgreSQL's jsonb accepts: a lone UTF-16 surrogate (which JSON.stringify writes as a
 * \ud800-like escape, and jsonb refuses) becomes U+FFFD, as pg's UTF-8 encoding of a text parameter makes it. One
 * such string would otherwise fail the whole batch it travels in, the other callers' events with it. Mended in the
 * JSON written, where a pair is written as itself and only a lone surrogate as an escape, rather than string by
 * string on the way in.
 */
export function jsonDocument(value: unknown): string {
  const json = JSON.stringify(value);
  return MAYBE_LONE_SURROGATE.test(json) ? json.replace(ESCAPED_LONE_SURROGATE, '$1\uFFFD') : json;
}

/**
 * A quick look for `\ud8`…`\udf` before the exact replacement: a batch's document has a backslash before every quote
 * of the JSON it holds, and `includes('\\ud')` stopped at each of them (8 % of the server's busy time with 50 events
 * per call, CPU profile of bench/server.mjs).
 */
const MAYBE_LONE_SURROGATE = /\\ud[89a-f]/;

/** The escape `\udXXX` (after an even run of backslashes: after an odd one, its backslash is the text's own). */
const ESCAPED_LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;
