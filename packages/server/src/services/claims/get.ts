import { findClaim, listClaims } from '../../storage/repositories/claim-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { claimJson, type ClaimJson } from './claim-json.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

export async function getClaim(ctx: ServiceContext, customerId: string, claimId: string): Promise<ClaimJson> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  const row = await findClaim(ctx.db, claimId);
  if (!row || row.customer_id !== customerId) throw new ServiceError('not_found', `no claim ${claimId}`);
  return claimJson(row);
}

/** A customer's claims in the order they were filed; `period` is the month claimed, from/to when they were filed. */
export async function listClaimsPage(
  ctx: ServiceContext,
  customerId: string,
  query: {
    status?: 'accepted' | 'rejected';
    period?: string;
    from?: number;
    to?: number;
    cursor?: string;
    limit: number;
  },
): Promise<Page<ClaimJson>> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  if (!(await findCustomer(ctx.db, customerId))) throw new ServiceError('not_found', `no customer ${customerId}`);
  if (query.period !== undefined && !/^\d{4}-\d{2}$/.test(query.period))
    throw new ServiceError('invalid', `expected a month such as 2026-06, found '${query.period}'`, 'period');
  if (query.from !== undefined && query.to !== undefined && query.to <= query.from)
    throw new ServiceError('invalid', 'to is not after from', 'to');
  const after = decodeCursor<[number, string]>(query.cursor, ['number', 'string']);
  const rows = await listClaims(ctx.db, {
    customerId,
    outcome: query.status,
    period: query.period,
    filedFrom: query.from,
    filedTo: query.to,
    after: after && { filedAt: after[0], id: after[1] },
    limit: query.limit + 1,
  });
  return pageOf(rows, query.limit, claimJson, (r) => [r.filed_at, r.id]);
}
