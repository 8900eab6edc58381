import { findAuditEntries } from '../../storage/repositories/audit-query-repository.js';
import type { AuditRow } from '../../storage/repositories/audit-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireOversight } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';
import type { AuditEntryJson } from './audit-json.js';

function auditEntryJson(row: AuditRow): AuditEntryJson {
  return {
    seq: row.seq,
    at: wireInstant(row.at),
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    detail: JSON.parse(row.detail) as unknown,
    chain: row.chain,
    hash: row.hash,
    prevHash: row.prev_hash,
  };
}

/** The audit log in order (admins and auditors), narrowed to one entity or to actions with a prefix. */
export async function listAuditPage(
  ctx: ServiceContext,
  query: { entity?: string; action?: string; cursor?: string; limit: number },
): Promise<Page<AuditEntryJson>> {
  requireOversight(ctx, 'read the audit log');
  const after = decodeCursor<[number]>(query.cursor, ['number']);
  const rows = await findAuditEntries(ctx.db, {
    entity: query.entity,
    actionPrefix: query.action,
    after: after?.[0],
    limit: query.limit + 1,
  });
  return pageOf(rows, query.limit, auditEntryJson, (r) => [r.seq]);
}
