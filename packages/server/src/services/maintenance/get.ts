import {
  exclusionsOfSeries,
  findExclusion,
  listExclusions,
  type MaintenanceStatus,
} from '../../storage/repositories/availability-repository.js';
import { listRange, type RangeFilter } from '../core/list-range.js';
import { wireInstant } from '../core/instants.js';
import { maintenanceJson, type MaintenanceJson } from './maintenance-json.js';
import { noticeChecks } from './notice.js';
import type { MaintenanceDetailJson } from './maintenance-json.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

/**
 * One scheduled maintenance with its notice checked against each contract it touches (a customer contact sees its
 * own contracts only). Cancelled maintenance excludes nothing, so it has no checks.
 */
export async function getMaintenance(ctx: ServiceContext, id: string): Promise<MaintenanceDetailJson> {
  const row = await findExclusion(ctx.db, id);
  // Another customer's maintenance does not exist for a customer contact: the same answer as an unknown id.
  if (!row || row.category !== 'scheduled_maintenance') throw new ServiceError('not_found', `no maintenance ${id}`);
  if (row.customer_id !== null) requireVisible(ctx, row.customer_id, `maintenance ${id}`);
  const own = ctx.principal.role === 'customer' ? ctx.principal.customerId : undefined;
  const notice = row.cancelled_at === null ? await noticeChecks(ctx.db, ctx.caches.compiledContracts, row, own) : [];
  // The series it was published in, every occurrence with its own id (each is cancelled on its own).
  const series = row.series_id ? await exclusionsOfSeries(ctx.db, row.series_id) : [];
  const occurrences = series.map((r) => ({ id: r.id, start: wireInstant(r.start), end: wireInstant(r.end) }));
  return { ...maintenanceJson(row, ctx.now()), notice, occurrences };
}

/** Scheduled maintenance overlapping the range, by start; with a customer, what applies to it. */
export async function listMaintenance(
  ctx: ServiceContext,
  query: RangeFilter & {
    customerId?: string;
    status?: MaintenanceStatus;
    serviceId?: string;
    cursor?: string;
    limit: number;
  },
): Promise<Page<MaintenanceJson>> {
  const appliesTo = ctx.principal.role === 'customer' ? ctx.principal.customerId : query.customerId;
  if (appliesTo !== undefined) requireVisible(ctx, appliesTo, `customer ${appliesTo}`);
  const now = ctx.now();
  const range = listRange(query);
  const after = decodeCursor<[number, string]>(query.cursor, ['number', 'string']);
  const rows = await listExclusions(ctx.db, {
    ...range,
    appliesTo,
    category: 'scheduled_maintenance',
    serviceId: query.serviceId,
    status: query.status && { status: query.status, now },
    after: after && { start: after[0], id: after[1] },
    limit: query.limit + 1,
  });
  return pageOf(
    rows,
    query.limit,
    (r) => maintenanceJson(r, now),
    (r) => [r.start, r.id],
  );
}
