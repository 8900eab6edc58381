import { listTokens, type ApiTokenRow } from '../../storage/repositories/token-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireAdmin } from '../core/permissions.js';
import type { Role, ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';

export interface TokenJson {
  id: string;
  role: Role;
  customerId: string | null;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** Never the hash: no client needs it, and the store keeps it only to check the tokens presented. */
function tokenJson(row: ApiTokenRow): TokenJson {
  return {
    id: row.id,
    role: row.role,
    customerId: row.customer_id,
    label: row.label,
    createdAt: wireInstant(row.created_at),
    expiresAt: row.expires_at === null ? null : wireInstant(row.expires_at),
    revokedAt: row.revoked_at === null ? null : wireInstant(row.revoked_at),
  };
}

/** Every token in the order it was issued, revoked and expired ones included (admins only). */
export async function listTokensPage(
  ctx: ServiceContext,
  page: { cursor?: string; limit: number },
): Promise<Page<TokenJson>> {
  requireAdmin(ctx);
  const after = decodeCursor<[number, string]>(page.cursor, ['number', 'string']);
  const rows = await listTokens(ctx.db, {
    after: after && { createdAt: after[0], id: after[1] },
    limit: page.limit + 1,
  });
  return pageOf(rows, page.limit, tokenJson, (r) => [r.created_at, r.id]);
}
