import pg from 'pg';

/** How many statements one connection keeps prepared; past that, statements run unprepared. */
const PREPARED_PER_CONNECTION = 300;

/**
 * A statement's text with its lists collapsed: the parameters' numbers dropped, a run of parameters (`in ($1, $2)`)
 * one parameter, and a run of the same parenthesised group (the rows of `values (…), (…)`, the terms of `(…) or
 * (…)`) one group. Texts of one statement over lists of different lengths have one shape.
 */
export function statementShape(text: string): string {
  let shape = text.replace(/\$\d+/g, '$').replace(/\$(?:\s*,\s*\$)+/g, '$');
  for (let before = ''; before !== shape;) {
    before = shape;
    shape = shape.replace(/(\((?:[^()]|\([^()]*\))*\))(?:\s*(?:,|or|and)\s*\1)+/gi, '$1');
  }
  return shape;
}

/**
 * A PostgreSQL client that prepares the statements it runs, once per connection. Kysely sends each statement
 * unnamed, which PostgreSQL parses and plans anew every time: on a ticket write (ten short statements) that was
 * the larger part of the server's work. Named, a statement is parsed once per connection and its plan can be
 * reused (measured with bench/server.mjs: about 1.4 times the events per second).
 *
 * A migration by another process can change a table under a prepared statement: PostgreSQL then refuses it
 * ("cached plan must not change result type"). That statement fails once, and the connection prepares afresh
 * under new names (a name, once prepared, cannot be given another statement).
 *
 * A list passed as one parameter per item (Kysely's `in`, a `values` of many rows) makes a new text for every length:
 * prepared, they would fill the connection's 300 and leave later statements, the short ones the ticket writes run,
 * unprepared. Only the first text of each shape (statementShape) is prepared; texts of a shape already prepared
 * under another text run unnamed, as Kysely sends them. Hot paths pass their lists as one array parameter instead
 * (`= any($1)`, `unnest($1, $2, …)`: storage/repositories/monitor-repository.ts), one text for every length.
 *
 * A statement without parameters (BEGIN, COMMIT, or a text whose values are literals) goes as a simple query: one
 * message instead of four, and it may hold several statements (storage/pg-batch-transaction.ts), in which case the
 * answer is the last statement's.
 */
export class PreparedStatementClient extends pg.Client {
  #names = new Map<string, string>();
  /** The shapes of the texts prepared (statementShape). */
  #shapes = new Set<string>();
  #next = 0;

  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && args.length === 2 && values.length === 0)
      return (super.query(text) as Promise<pg.QueryResult | pg.QueryResult[]>).then((r) =>
        Array.isArray(r) ? r.at(-1) : r,
      ) as never;
    if (typeof text === 'string' && Array.isArray(values) && args.length === 2) {
      let name = this.#names.get(text);
      if (name === undefined && this.#names.size < PREPARED_PER_CONNECTION) {
        const shape = statementShape(text);
        if (!this.#shapes.has(shape)) {
          name = `surety_${this.#next++}`;
          this.#names.set(text, name);
          this.#shapes.add(shape);
        }
      }
      if (name !== undefined)
        return (super.query({ name, text, values }) as Promise<unknown>).catch((e: { code?: string }) => {
          if (e.code === '0A000') {
            this.#names.clear();
            this.#shapes.clear();
          }
          throw e;
        }) as never;
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
