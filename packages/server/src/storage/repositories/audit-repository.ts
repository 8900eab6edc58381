import { sql } from 'kysely';
import type { AuditLogTable } from '../tables.js';
import { chunks, isPostgres, type Executor } from './executor.js';

export type AuditRow = Omit<AuditLogTable, 'seq'> & { seq: number };

/** An arbitrary constant naming the audit chains' locks among PostgreSQL advisory locks (with the chain). */
const AUDIT_CHAIN_LOCK = 7_305_001;

/**
 * Takes an audit chain for the rest of the transaction: on PostgreSQL two writers would otherwise both read the
 * same last entry and fork the chain. SQLite runs one write transaction at a time already.
 */
export async function lockAuditChain(db: Executor, chain: number): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}, ${chain})`.execute(db);
}

// Every write appends to the log: its two statements are templates, which cost a third of Kysely's builder.

export async function lastAuditHash(db: Executor, chain: number): Promise<string | undefined> {
  return (
    await sql<{ hash: string }>`select hash from audit_log where chain = ${chain} order by seq desc limit 1`.execute(db)
  ).rows[0]?.hash;
}

/** Inserts entries in the order given, which is their chain's order. */
export async function insertAuditEntries(db: Executor, rows: readonly Omit<AuditRow, 'seq'>[]): Promise<void> {
  for (const part of chunks(rows, 500)) {
    const values = part.map(
      (r) => sql`(${r.chain}, ${r.at}, ${r.actor}, ${r.action}, ${r.entity}, ${r.detail}, ${r.prev_hash}, ${r.hash})`,
    );
    await sql`insert into audit_log (chain, at, actor, action, entity, detail, prev_hash, hash) values ${sql.join(values)}`.execute(
      db,
    );
  }
}

/** The log in order of writing (all chains interleaved), a page at a time. */
export async function auditEntries(db: Executor, after: number, limit: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(limit).execute();
}
