import { createHash, type KeyObject } from 'node:crypto';
import {
  auditEntries,
  insertAuditEntries,
  lastAuditHash,
  lockAuditChain,
  type AuditRow,
} from '../../storage/repositories/audit-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import type { ServiceContext } from '../core/service-context.js';
import { checkedCheckpoints, type AuditCheckpoint } from './checkpoints.js';
import type { AuditVerification } from './audit-json.js';

const GENESIS = '0'.repeat(64);

/**
 * The log is 16 hash chains, so that writers on PostgreSQL wait only for the last writer of their own chain
 * (a chain is locked from its last entry's read to the end of the transaction that extends it). A transaction
 * writes to one chain, the one its first entity falls in, so that it never holds two chain locks.
 */
export const AUDIT_CHAINS = 16;
/**
 * Not a store's cache: what a transaction holds lasts as long as the transaction, which belongs to one store, so
 * keying by the transaction neither shares it between stores nor keeps it past its end.
 */
const chainOfTransaction = new WeakMap<Executor, number>();
/**
 * The last hash of the chain a transaction holds, when it took the chain with its tickets' locks
 * (`holdAuditChain`): its entries are then chained without reading the chain again.
 */
const headOfTransaction = new WeakMap<Executor, string>();

/** The chain an entity's writes prefer (a transaction writes to one chain: see AUDIT_CHAINS). */
export function auditChainOf(entity: string): number {
  let h = 0;
  for (let i = 0; i < entity.length; i++) h = (h * 31 + entity.charCodeAt(i)) | 0;
  return (h >>> 0) % AUDIT_CHAINS;
}

function hashOf(
  prev: string,
  e: { at: number; actor: string; action: string; entity: string; detail: string },
): string {
  return createHash('sha256')
    .update(JSON.stringify([prev, e.at, e.actor, e.action, e.entity, e.detail]))
    .digest('hex');
}

export interface AuditRecord {
  action: string;
  entity: string;
  detail: object;
  /** Who acted, when not the context's principal (writes of several callers share one transaction). */
  actor?: string;
}

/**
 * Appends to the audit log inside the caller's transaction. Each entry's hash covers its content and the
 * previous entry's hash in its chain, so an edited, moved or deleted entry breaks the chain (`surety audit
 * verify`). The chain is locked until the transaction ends, so services record their audit entries as their
 * last write.
 */
export async function recordAudit(
  db: Executor,
  ctx: ServiceContext,
  action: string,
  entity: string,
  detail: object,
): Promise<void> {
  await recordAudits(db, ctx, [{ action, entity, detail }]);
}

/**
 * Records that a PostgreSQL transaction has locked audit chain `chain`, whose last hash is `head` (null: it is
 * empty), as read after the lock was granted (storage/migrations/0140-ticket-write-lock.ts). Its entries are chained
 * from there without reading the chain, and may be inserted with the transaction's other writes (`chainAudits`).
 * Not for SQLite's group commit, whose writers share a transaction and roll back to savepoints alone.
 */
export function holdAuditChain(db: Executor, chain: number, head: string | null): void {
  chainOfTransaction.set(db, chain);
  headOfTransaction.set(db, head ?? GENESIS);
}

/**
 * For a transaction that holds its chain (`holdAuditChain`): the entries chained onto its head, which the caller
 * inserts in this transaction, in this order, before it records anything else in the log. Undefined otherwise.
 */
export function chainAudits(
  db: Executor,
  ctx: ServiceContext,
  records: readonly AuditRecord[],
): Omit<AuditRow, 'seq'>[] | undefined {
  const head = headOfTransaction.get(db);
  if (head === undefined) return undefined;
  const rows = chained(chainOfTransaction.get(db)!, head, ctx, records);
  if (rows.length) headOfTransaction.set(db, rows.at(-1)!.hash);
  return rows;
}

function chained(
  chain: number,
  head: string,
  ctx: ServiceContext,
  records: readonly AuditRecord[],
): Omit<AuditRow, 'seq'>[] {
  let prev = head;
  const at = ctx.now();
  return records.map((r) => {
    const entry = {
      chain,
      at,
      actor: r.actor ?? ctx.principal.actor,
      action: r.action,
      entity: r.entity,
      detail: JSON.stringify(r.detail),
    };
    const hash = hashOf(prev, entry);
    const row = { ...entry, prev_hash: prev, hash };
    prev = hash;
    return row;
  });
}

/** Several entries at once, chained in the order given. */
export async function recordAudits(db: Executor, ctx: ServiceContext, records: readonly AuditRecord[]): Promise<void> {
  if (!records.length) return;
  const held = chainAudits(db, ctx, records);
  if (held) return insertAuditEntries(db, held);
  let chain = chainOfTransaction.get(db);
  if (chain === undefined) {
    chain = auditChainOf(records[0]!.entity);
    chainOfTransaction.set(db, chain);
    await lockAuditChain(db, chain);
  }
  await insertAuditEntries(db, chained(chain, (await lastAuditHash(db, chain)) ?? GENESIS, ctx, records));
}

export interface VerifyOptions {
  /** The audit key's public half: checks the log against its signed checkpoints. */
  publicKey?: KeyObject;
  /** The newest checkpoint as saved outside the database, if it was. */
  newestKnown?: AuditCheckpoint;
}

/**
 * Walks the log once in order of writing, following each chain (within a chain, that order is the chain's),
 * then holds it against the signed checkpoints: at each checkpoint's length every chain must still end in the
 * head it signed, and no chain may be shorter than a checkpoint says.
 */
export async function verifyAudit(ctx: ServiceContext, options: VerifyOptions = {}): Promise<AuditVerification> {
  const checked = options.publicKey
    ? await checkedCheckpoints(ctx, options.publicKey, options.newestKnown)
    : { bodies: [] };
  const signed = new Map<string, { head: string; checkpoint: number }>(); // `${chain}:${length}` → head
  for (const body of checked.bodies) {
    for (const c of body.chains) signed.set(`${c.chain}:${c.length}`, { head: c.head, checkpoint: body.number });
  }
  const last = new Map<number, string>();
  const lengths = new Map<number, number>();
  let after = 0;
  let entries = 0;
  const result = (broken?: AuditVerification['broken']): AuditVerification => ({
    entries,
    chains: last.size,
    checkpoints: checked.bodies.length,
    ok: !broken,
    ...(broken ? { broken } : {}),
    ...(options.publicKey
      ? checked.bodies.length
        ? {}
        : { caveat: 'no signed checkpoint yet: entries removed from the end of a chain would not show' }
      : { caveat: 'no audit key given: checked the hash chains only; entries removed from the end would not show' }),
  });
  if (checked.problem) return result({ seq: null, chain: null, reason: checked.problem });
  for (;;) {
    const page: AuditRow[] = await auditEntries(ctx.db, after, 1000);
    for (const e of page) {
      entries++;
      const prev = last.get(e.chain) ?? GENESIS;
      const broken = (reason: string) => result({ seq: e.seq, chain: e.chain, reason });
      if (e.prev_hash !== prev)
        return broken(
          'its previous-hash does not match the entry before it in its chain (an entry was removed, moved or reordered)',
        );
      if (hashOf(prev, e) !== e.hash) return broken('its content does not match its hash (the entry was edited)');
      const length = (lengths.get(e.chain) ?? 0) + 1;
      const expected = signed.get(`${e.chain}:${length}`);
      if (expected && expected.head !== e.hash) {
        return broken(
          `checkpoint ${expected.checkpoint} signed another entry at position ${length} of chain ${e.chain} (history was rewritten with its hashes recomputed)`,
        );
      }
      last.set(e.chain, e.hash);
      lengths.set(e.chain, length);
      after = e.seq;
    }
    if (page.length < 1000) break;
  }
  for (const body of checked.bodies) {
    for (const c of body.chains) {
      const held = lengths.get(c.chain) ?? 0;
      if (held < c.length) {
        return result({
          seq: null,
          chain: c.chain,
          reason: `checkpoint ${body.number} signed ${c.length} entries in chain ${c.chain}, which now holds ${held} (entries were removed from its end)`,
        });
      }
    }
  }
  return result();
}
