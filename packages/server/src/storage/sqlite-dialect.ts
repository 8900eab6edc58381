import { open, type FileHandle } from 'node:fs/promises';
import type SQLite from 'better-sqlite3';
import {
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDatabase,
} from 'kysely';

/**
 * Kysely's SQLite dialect over better-sqlite3, made cheaper in two ways.
 *
 * Prepared statements are kept: Kysely prepares every statement it runs, and preparing costs more than running
 * a small one. They are kept by their SQL text, unless one is still being iterated; past 500 texts (statements
 * with a different number of rows each) the cache starts again.
 *
 * Commits are durable without stopping the process while the disk syncs. better-sqlite3 is synchronous: with
 * `synchronous = FULL` each commit's fsync of the write-ahead log blocks the event loop (0.3–2 ms on our VM)
 * and no request is read or answered meanwhile. The database runs with `synchronous = NORMAL` instead, which in
 * WAL mode is FULL without that one fsync after each commit (SQLite still syncs the log before every checkpoint,
 * and its header when it is reused), and the dialect makes up for it: when a statement leaves the connection
 * outside a transaction after a write (a COMMIT, or a write on its own), the log is fdatasync'ed on libuv's
 * thread pool before the statement's promise resolves. No write is acknowledged before it is on disk, as with
 * FULL, while the event loop goes on serving.
 *
 * The group commit does better still (`durability`): it has its COMMIT return at once, which frees the connection
 * for the next batch, and acknowledges the batch once the log is synced.
 */
export interface SqliteDurability {
  /**
   * Asked inside a transaction: its COMMIT returns before its log is synced, and whoever asked syncs (`sync`)
   * before acknowledging it.
   */
  deferNextSync(): void;
  /** Syncs the log: every commit that has returned is on disk when this resolves. */
  sync(): Promise<void>;
}

export function sqliteDialect(
  sqlite: SQLite.Database,
  walPath: string | undefined,
): { dialect: SqliteDialect; durability: SqliteDurability } {
  let dirty = false;
  let deferred = false;
  const cache = new Map<string, SQLite.Statement>();
  const database: SqliteDatabase = {
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (!statement || statement.busy) {
        statement = sqlite.prepare(text);
        if (cache.size >= 500) cache.clear();
        cache.set(text, statement);
      }
      // COMMIT counts as read-only to SQLite: what matters is whether anything was written since the last sync.
      if (!statement.readonly) dirty = true;
      return statement;
    },
    close: () => sqlite.close(),
  };

  let wal: Promise<FileHandle> | undefined;
  const syncLog = async () => {
    if (!walPath) return; // in memory
    wal ??= open(walPath, 'r+');
    await (await wal).datasync();
  };
  const durable = (connection: DatabaseConnection): DatabaseConnection => ({
    executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
      const result = await connection.executeQuery<R>(query);
      if (!sqlite.inTransaction) {
        // A deferral is for the one transaction it was asked in, whether it wrote anything or not.
        const syncedByCaller = deferred;
        deferred = false;
        if (dirty) {
          dirty = false;
          if (!syncedByCaller) await syncLog();
        }
      }
      return result;
    },
    streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
  });

  const dialect = new (class extends SqliteDialect {
    override createAdapter(): DialectAdapter {
      return new TransactionalDdlAdapter();
    }
    override createDriver(): Driver {
      const inner = super.createDriver();
      let connection: DatabaseConnection | undefined;
      // The driver runs transactions by sending BEGIN and COMMIT through the connection it handed out: ours.
      return {
        init: () => inner.init(),
        acquireConnection: async () => {
          // Always through the inner driver: it hands its one connection out under a lock.
          const acquired = await inner.acquireConnection();
          return (connection ??= durable(acquired));
        },
        beginTransaction: (c, settings) => inner.beginTransaction(c, settings),
        commitTransaction: (c) => inner.commitTransaction(c),
        rollbackTransaction: (c) => inner.rollbackTransaction(c),
        savepoint: (c, name, compile) => inner.savepoint!(c, name, compile),
        rollbackToSavepoint: (c, name, compile) => inner.rollbackToSavepoint!(c, name, compile),
        releaseSavepoint: (c, name, compile) => inner.releaseSavepoint!(c, name, compile),
        releaseConnection: (c) => inner.releaseConnection(c),
        destroy: async () => {
          await inner.destroy();
          await (await wal)?.close();
        },
      };
    }
  })({ database });
  const durability: SqliteDurability = {
    deferNextSync: () => {
      deferred = true;
    },
    sync: syncLog,
  };
  return { dialect, durability };
}

/**
 * SQLite's DDL is transactional, but Kysely's adapter says it is not, and its migrator then runs each migration and
 * records it in the migrations table in separate steps: a crash between the two left a migration done but not
 * recorded, to be run again over its own result (0180 failed so, its old table already dropped). Said so, the
 * migrator runs the pending migrations and their records in one transaction, as on PostgreSQL. Nothing else reads it.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
