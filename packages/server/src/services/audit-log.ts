import { createHash } from 'node:crypto';
import {
  auditEntries,
  insertAuditEntries,
  lastAuditHash,
  lockAuditLog,
  type AuditRow,
} from '../storage/repositories/audit-repository.js';
import type { Executor } from '../storage/repositories/executor.js';
import type { ServiceContext } from './service-context.js';

const GENESIS = '0'.repeat(64);

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
}

/**
 * Appends to the audit log inside the caller's transaction. Each entry's hash covers its content and the
 * previous entry's hash, so an edited or deleted entry breaks the chain (`surety audit verify`). The chain is
 * locked until the transaction ends, so services record their audit entries as their last write.
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
  await lockAuditLog(db);
  let prev = (await lastAuditHash(db)) ?? GENESIS;
  const at = ctx.now();
  const rows = records.map((r) => {
    const entry = {
      at,
      actor: ctx.principal.actor,
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
  ok: boolean;
  /** The first entry that does not follow from the one before it. */
  brokenAt?: { seq: number; reason: string };
}

export async function verifyAudit(ctx: ServiceContext): Promise<AuditVerification> {
  let prev = GENESIS;
  let after = 0;
  let entries = 0;
  for (;;) {
    const page: AuditRow[] = await auditEntries(ctx.db, after, 1000);
    for (const e of page) {
      entries++;
      if (e.prev_hash !== prev)
        return {
          entries,
          ok: false,
          brokenAt: {
            seq: e.seq,
            reason: 'its previous-hash does not match the entry before it (an entry was removed or reordered)',
          },
        };
      if (hashOf(prev, e) !== e.hash)
        return {
          entries,
          ok: false,
          brokenAt: { seq: e.seq, reason: 'its content does not match its hash (the entry was edited)' },
        };
      prev = e.hash;
      after = e.seq;
    }
    if (page.length < 1000) return { entries, ok: true };
  }
}
