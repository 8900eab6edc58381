import { sql } from 'kysely';
import pg from 'pg';
import type { Executor } from './repositories/executor.js';

/** The PostgreSQL channel ticket changes are announced on, to every process of one database. */
export const CHANGE_CHANNEL = 'surety_ticket_changes';

/**
 * Announces changes to whoever listens, once the transaction that made them commits. PostgreSQL: NOTIFY in the
 * transaction (delivered on commit, to every process LISTENing, this one included). SQLite, one process: kept with
 * the transaction and handed to this process's listeners when the caller says it committed.
 */
export interface ChangeChannel {
  announce(trx: Executor, payloads: readonly string[]): Promise<void>;
  /**
   * PostgreSQL: the channel `announce` notifies, for a write that sends its notifications within a statement of its
   * own (one round trip less: storage/repositories/ticket-write-repository.ts). Absent where announcing is not a
   * NOTIFY.
   */
  readonly notifyChannel?: string;
  /** The transaction committed: what it announced goes out (SQLite; PostgreSQL's commit did it). */
  committed(trx: Executor): void;
  /** Resolves once listening (on PostgreSQL, once LISTEN is in effect), with the way to stop. */
  listen(listener: (payload: string) => void): Promise<() => void>;
  close(): Promise<void>;
}

export function inProcessChannel(): ChangeChannel {
  // Per channel (so per store) and per transaction: what a transaction announced goes with it if it never commits.
  const pending = new WeakMap<Executor, string[]>();
  const listeners = new Set<(payload: string) => void>();
  return {
    announce: async (trx, payloads) => {
      pending.set(trx, [...(pending.get(trx) ?? []), ...payloads]);
    },
    committed: (trx) => {
      const list = pending.get(trx);
      pending.delete(trx);
      for (const payload of list ?? []) for (const l of listeners) l(payload);
    },
    listen: async (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: async () => listeners.clear(),
  };
}

/**
 * PostgreSQL: one connection per process LISTENs, opened with the first listener and reopened after a loss (a
 * change announced while it was down is missed; clients refetch on reconnect).
 */
export function postgresChannel(url: string, onError: (e: unknown) => void = () => {}): ChangeChannel {
  const listeners = new Set<(payload: string) => void>();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (closed || client) return;
    const c = new pg.Client({ connectionString: url, application_name: `surety ${process.pid} listen` });
    client = c;
    c.on('notification', (n) => {
      if (n.channel === CHANGE_CHANNEL && n.payload) for (const l of listeners) l(n.payload);
    });
    c.on('error', (e) => {
      onError(e);
      client = undefined;
      void c.end().catch(() => {});
      if (!closed) retry = setTimeout(() => void connect(), 1000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (e) {
      c.emit('error', e);
    }
  };
  let ready: Promise<void> | undefined;
  return {
    notifyChannel: CHANGE_CHANNEL,
    announce: async (trx, payloads) => {
      if (payloads.length)
        await sql`select pg_notify(${CHANGE_CHANNEL}, p) from unnest(${[...payloads]}::text[]) as p`.execute(trx);
    },
    committed: () => {},
    listen: async (listener) => {
      listeners.add(listener);
      await (ready ??= connect());
      return () => void listeners.delete(listener);
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      listeners.clear();
      await ready;
      await client?.end().catch(() => {});
    },
  };
}
