import { findToken, listTokens } from '../../storage/repositories/token-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { tokenJson, type TokenJson } from './token-json.js';

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

/** One token, revoked and expired ones included (admins only). */
export async function getToken(ctx: ServiceContext, id: string): Promise<TokenJson> {
  requireAdmin(ctx);
  const row = await findToken(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no token ${id}`);
  return tokenJson(row);
}
