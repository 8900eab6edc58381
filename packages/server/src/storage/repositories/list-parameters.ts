import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { chunks, isPostgres, type Executor } from './executor.js';

/** The PostgreSQL types of the columns whose lists go as arrays. */
type ElementType = 'text' | 'integer' | 'bigint';

/**
 * `column in (…)` with the list as one PostgreSQL array parameter (`= any($1::type[])`), so that the statement has one
 * text whatever the list's length and one prepared statement serves them all (storage/prepared-pg-client.ts); Kysely's
 * `in` makes a parameter per item, a new text per length. SQLite, which has no arrays, gets the plain `in`.
 */
export function inList(
  db: Executor,
  column: string,
  values: readonly unknown[],
  type: ElementType,
): RawBuilder<SqlBool> {
  return isPostgres(db)
    ? sql<SqlBool>`${sql.ref(column)} = any(${values}::${sql.raw(type)}[])`
    : sql<SqlBool>`${sql.ref(column)} in (${sql.join(values)})`;
}

/**
 * The parts a list is sent in: whole on PostgreSQL, whose array parameter has no length limit; in chunks of `size`
 * on SQLite, within its limits on parameters and expression depth.
 */
export function listParts<T>(db: Executor, items: readonly T[], size: number): (readonly T[])[] {
  return isPostgres(db) ? (items.length ? [items] : []) : chunks(items, size);
}

/**
 * `select * from unnest($1::t1[], $2::t2[], …)`: rows as one array parameter per column, for `insert … select` on
 * PostgreSQL, one text whatever the number of rows (as inList).
 */
export function unnestRows<R>(rows: readonly R[], columns: readonly (readonly [keyof R & string, ElementType])[]) {
  const arrays = columns.map(([column, type]) => sql`${rows.map((r) => r[column])}::${sql.raw(type)}[]`);
  return sql`select * from unnest(${sql.join(arrays)})`;
}
