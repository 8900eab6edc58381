import { createHash } from 'node:crypto';

import {
  insertStatement,
  statementRevisions,
  type StatementRow,
} from '../../storage/repositories/statement-repository.js';
import { recordAudit } from '../audit/log.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { wireInstant } from '../core/instants.js';
import { statementContent, type StatementContent } from './statement-content.js';

/** What changed from one revision to the next, and why. */
export interface StatementChange {
  path: string;
  was: unknown;
  now: unknown;
}

export interface Statement {
  /** issued: the month has closed and this revision is stored for good; draft: the month is still running. */
  status: 'issued' | 'draft';
  revision: number | null;
  issuedAt: string | null;
  hash: string;
  /** Why this revision differs from the one before (empty for the first, and for a draft). */
  reasons: string[];
  changes: StatementChange[];
  content: StatementContent;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The statement of a month. Before the month has closed it is a draft, derived afresh each time. Once it has closed,
 * the first request issues it (stored with its hash); later requests answer the stored revision as long as the
 * store derives the same content, and issue a new revision, with what changed and why, when it does not. A stored
 * revision is never rewritten; `revision` asks for an earlier one.
 */
export async function monthlyStatement(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  period: string,
  revision?: number,
): Promise<Statement> {
  const content = await statementContent(ctx, customerId, contractId, period);
  const text = JSON.stringify(content);
  const hash = sha256(text);
  const end = Date.parse(content.period.end);
  if (end > ctx.now())
    return { status: 'draft', revision: null, issuedAt: null, hash, reasons: [], changes: [], content };
  const key = { customerId, contractId, period };
  const stored = await statementRevisions(ctx.db, key);
  if (revision !== undefined) {
    const row = stored.find((r) => r.revision === revision);
    if (row) return issued(row);
  }
  const latest = stored.at(-1);
  if (latest && latest.hash === hash) return issued(latest);
  return writeTransaction(ctx, async (trx) => {
    const before = latest ? (JSON.parse(latest.content) as StatementContent) : undefined;
    const changes = before ? differences(before, content) : [];
    const reasons = before ? reasonsFor(before, content) : [];
    const row: StatementRow = {
      customer_id: customerId,
      contract_id: contractId,
      period,
      revision: (latest?.revision ?? 0) + 1,
      issued_at: ctx.now(),
      hash,
      content: text,
      changes: JSON.stringify({ reasons, changes }),
    };
    await insertStatement(trx, row);
    await recordAudit(trx, ctx, 'statement.issued', `statement:${customerId}/${contractId}/${period}`, {
      revision: row.revision,
      hash,
      reasons,
    });
    return issued(row);
  });
}

function issued(row: StatementRow): Statement {
  const { reasons, changes } = JSON.parse(row.changes) as { reasons: string[]; changes: StatementChange[] };
  return {
    status: 'issued',
    revision: row.revision,
    issuedAt: wireInstant(row.issued_at),
    hash: row.hash,
    reasons,
    changes,
    content: JSON.parse(row.content) as StatementContent,
  };
}

/** Why a revision was needed, from what its figures were derived from. */
function reasonsFor(before: StatementContent, now: StatementContent): string[] {
  const reasons: string[] = [];
  if (before.inputs.contractVersion !== now.inputs.contractVersion)
    reasons.push(
      `contract ${now.contract.id} version ${before.inputs.contractVersion} -> ${now.inputs.contractVersion}`,
    );
  if (before.inputs.termsHash !== now.inputs.termsHash)
    reasons.push('the order form (parameters, holiday lists) changed');
  if (!reasons.length)
    reasons.push('data recorded after the previous revision was issued (requests, incidents, exclusions, monitors)');
  return reasons;
}

/** The figures that differ, by JSON path (the per-request clock list is summarized by the figures it feeds). */
function differences(before: StatementContent, now: StatementContent): StatementChange[] {
  const out: StatementChange[] = [];
  const walk = (path: string, a: unknown, b: unknown) => {
    if (out.length >= 100) return;
    if (
      a !== null &&
      b !== null &&
      typeof a === 'object' &&
      typeof b === 'object' &&
      Array.isArray(a) === Array.isArray(b)
    ) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) walk(`${path}/${k}`, (a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, was: a ?? null, now: b ?? null });
  };
  const { clocks: _a, ...a } = before;
  const { clocks: _b, ...b } = now;
  walk('', a, b);
  return out;
}
