import { sql, type ControlledTransaction, type Kysely, type Transaction } from 'kysely';
import type { SqliteDurability } from './sqlite-dialect.js';
import type { Tables } from './tables.js';

export interface GroupCommit {
  /** Runs `work` in a transaction that may be shared with other writers; resolves once it is durable. */
  transaction<T>(work: (trx: Transaction<Tables>) => Promise<T>): Promise<T>;
}

interface Pending {
  work(trx: Transaction<Tables>): Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite, which has one writer and pays one fsync per commit: writes that arrive while a
 * transaction is running wait for it, and then run together in the next one, each inside its own savepoint.
 * A write that fails rolls back to its savepoint alone; the others commit, with one fsync between them, and
 * each caller hears back only after that commit is on disk. A lone write starts at once, so nothing waits when
 * idle. With the store's `durability`, the next batch runs while the previous one's log is being synced.
 */
export function groupCommit(db: Kysely<Tables>, durability?: SqliteDurability, maxBatch = 200): GroupCommit {
  const queue: Pending[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    while (queue.length) {
      // Let the requests that have arrived reach the queue first: a transaction runs without yielding to I/O.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = queue.splice(0, maxBatch);
      const done: [Pending, unknown][] = [];
      let trx: ControlledTransaction<Tables> | undefined;
      try {
        trx = await db.startTransaction().execute();
        for (const item of batch) {
          // Plain statements: Kysely's savepoint objects cost more than the savepoints themselves.
          await sql`savepoint write`.execute(trx);
          try {
            done.push([item, await item.work(trx)]);
            await sql`release write`.execute(trx);
          } catch (e) {
            await sql`rollback to write`.execute(trx);
            item.reject(e);
          }
        }
        durability?.deferNextSync();
        await trx.commit().execute();
        // The connection is free for the next batch; this one is acknowledged once its log is on disk.
        void (durability?.sync() ?? Promise.resolve()).then(
          () => {
            for (const [item, value] of done) item.resolve(value);
          },
          (e: unknown) => {
            for (const [item] of done) item.reject(e);
          },
        );
      } catch (e) {
        // The transaction itself failed (disk full, I/O error): nothing of the batch was written.
        await trx
          ?.rollback()
          .execute()
          .catch(() => {});
        for (const item of batch) item.reject(e); // a promise already settled ignores this
      }
    }
    running = false;
  }

  return {
    transaction: <T>(work: (trx: Transaction<Tables>) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        if (!running) void drain();
      }),
  };
}
