import { createHash } from 'node:crypto';
import {
  auditEntries,
  insertAuditEntries,
  lastAuditHash,
  lockAuditChain,
  type AuditRow,
} from '../../storage/repositories/audit-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import type { ServiceContext } from '../core/service-context.js';

const GENESIS = '0'.repeat(64);

/**
 * The log is 16 hash chains, so that writers on PostgreSQL wait only for the last writer of their own chain
 * (a chain is locked from its last entry's read to the end of the transaction that extends it). A transaction
 * writes to one chain, the one its first entity falls in, so that it never holds two chain locks.
 */
export const AUDIT_CHAINS = 16;
const chainOfTransaction = new WeakMap<Executor, number>();

function chainOf(entity: string): number {
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

/** Several entries at once, chained in the order given. */
export async function recordAudits(db: Executor, ctx: ServiceContext, records: readonly AuditRecord[]): Promise<void> {
  if (!records.length) return;
  let chain = chainOfTransaction.get(db);
  if (chain === undefined) {
    chain = chainOf(records[0]!.entity);
    chainOfTransaction.set(db, chain);
    await lockAuditChain(db, chain);
  }
  let prev = (await lastAuditHash(db, chain)) ?? GENESIS;
  const at = ctx.now();
  const rows = records.map((r) => {
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
  await insertAuditEntries(db, rows);
}

export interface AuditVerification {
  entries: number;
  /** How many of the chains hold entries. */
  chains: number;
  ok: boolean;
  /** The first entry that does not follow from the one before it in its chain. */
  brokenAt?: { seq: number; chain: number; reason: string };
}

/** Walks the log once in order of writing, following each chain: within a chain, that order is the chain's. */
export async function verifyAudit(ctx: ServiceContext): Promise<AuditVerification> {
  const last = new Map<number, string>();
  let after = 0;
  let entries = 0;
  for (;;) {
    const page: AuditRow[] = await auditEntries(ctx.db, after, 1000);
    for (const e of page) {
      entries++;
      const prev = last.get(e.chain) ?? GENESIS;
      const broken = (reason: string) => ({
        entries,
        chains: last.size,
        ok: false,
        brokenAt: { seq: e.seq, chain: e.chain, reason },
      });
      if (e.prev_hash !== prev)
        return broken(
          'its previous-hash does not match the entry before it in its chain (an entry was removed, moved or reordered)',
        );
      if (hashOf(prev, e) !== e.hash) return broken('its content does not match its hash (the entry was edited)');
      last.set(e.chain, e.hash);
      after = e.seq;
    }
    if (page.length < 1000) return { entries, chains: last.size, ok: true };
  }
}
