import { findExclusion, listExclusions } from '../../storage/repositories/availability-repository.js';
import { listRange, type RangeFilter } from '../core/list-range.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { exclusionJson, type ExclusionJson } from './input-json.js';

/**
 * Exclusions overlapping the range, by start. With a customer: those that apply to it (everyone's and its own). A
 * customer contact sees only those that apply to its own customer, whatever it asks for: another customer's
 * exclusions (customer-caused downtime, say) are that customer's business.
 */
export async function listExclusionsPage(
  ctx: ServiceContext,
  query: RangeFilter & { customerId?: string; category?: string; serviceId?: string; cursor?: string; limit: number },
): Promise<Page<ExclusionJson>> {
  const appliesTo = ctx.principal.role === 'customer' ? ctx.principal.customerId : query.customerId;
  if (appliesTo !== undefined) requireVisible(ctx, appliesTo, `customer ${appliesTo}`);
  const range = listRange(query);
  const after = decodeCursor<[number, string]>(query.cursor, ['number', 'string']);
  const rows = await listExclusions(ctx.db, {
    ...range,
    appliesTo,
    category: query.category,
    serviceId: query.serviceId,
    after: after && { start: after[0], id: after[1] },
    limit: query.limit + 1,
  });
  return pageOf(rows, query.limit, exclusionJson, (r) => [r.start, r.id]);
}

/** One exclusion: a customer contact reads everyone's and its own customer's, as it lists them. */
export async function getExclusion(ctx: ServiceContext, id: string): Promise<ExclusionJson> {
  const row = await findExclusion(ctx.db, id);
  if (row?.customer_id != null) requireVisible(ctx, row.customer_id, `exclusion ${id}`);
  if (!row) throw new ServiceError('not_found', `no exclusion ${id}`);
  return exclusionJson(row);
}
