import { sql } from 'kysely';
import type { AuditCheckpointTable, AuditLogTable } from '../tables.js';
import { chunks, isPostgres, type Executor } from './executor.js';

export type AuditRow = Omit<AuditLogTable, 'seq'> & { seq: number };

/** An arbitrary constant naming the audit chains' locks among PostgreSQL advisory locks (with the chain). */
export const AUDIT_CHAIN_LOCK = 7_305_001;

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

/** Each chain's length and last hash, as of the statement. */
export async function auditChainHeads(db: Executor): Promise<{ chain: number; length: number; head: string }[]> {
  const rows = await sql<{ chain: number; length: number | string; head: string }>`
    select a.chain, c.length, a.hash as head
    from (select chain, count(*) as length, max(seq) as last from audit_log group by chain) c
    join audit_log a on a.seq = c.last
    order by a.chain`.execute(db);
  return rows.rows.map((r) => ({ chain: r.chain, length: Number(r.length), head: r.head }));
}

export async function insertAuditCheckpoint(db: Executor, row: AuditCheckpointTable): Promise<void> {
  await db.insertInto('audit_checkpoints').values(row).execute();
}

export async function auditCheckpoints(db: Executor): Promise<AuditCheckpointTable[]> {
  return db.selectFrom('audit_checkpoints').selectAll().orderBy('number').execute();
}

export async function latestAuditCheckpoint(db: Executor): Promise<AuditCheckpointTable | undefined> {
  return db.selectFrom('audit_checkpoints').selectAll().orderBy('number', 'desc').limit(1).executeTakeFirst();
}

/** Takes the checkpoint numbering for the rest of the transaction: two processes signing at once take turns. */
export async function lockAuditCheckpoints(db: Executor): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}, -1)`.execute(db);
}
