import {
  listExclusions,
  listIncidents,
  type ExclusionRow,
  type IncidentRow,
} from '../../storage/repositories/availability-repository.js';
import { listRange, type RangeFilter } from '../core/list-range.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';

const iso = (t: number | null) => (t === null ? null : wireInstant(t));

export interface IncidentJson {
  id: string;
  start: string;
  end: string;
  fraction: number;
  summary: string;
  serviceId: string | null;
  componentId: string | null;
  createdAt: string;
}

export function incidentJson(r: IncidentRow): IncidentJson {
  return {
    id: r.id,
    start: wireInstant(r.start),
    end: wireInstant(r.end),
    fraction: r.fraction,
    summary: r.summary,
    serviceId: r.service_id,
    componentId: r.component_id,
    createdAt: wireInstant(r.created_at),
  };
}

export interface ExclusionJson {
  id: string;
  customerId: string | null;
  start: string;
  end: string;
  category: string;
  reason: string;
  noticeAt: string | null;
  communicatedAt: string | null;
  serviceId: string | null;
  componentId: string | null;
  cancelledAt: string | null;
  createdAt: string;
}

export function exclusionJson(r: ExclusionRow): ExclusionJson {
  return {
    id: r.id,
    customerId: r.customer_id,
    start: wireInstant(r.start),
    end: wireInstant(r.end),
    category: r.category,
    reason: r.reason,
    noticeAt: iso(r.notice_at),
    communicatedAt: iso(r.communicated_at),
    serviceId: r.service_id,
    componentId: r.component_id,
    cancelledAt: iso(r.cancelled_at),
    createdAt: wireInstant(r.created_at),
  };
}

/**
 * Declared incidents overlapping the range, by start. Incidents are provider-wide (they name no customer: every
 * customer's availability is computed from them), so every role reads them, as the status page shows them.
 */
export async function listIncidentsPage(
  ctx: ServiceContext,
  query: RangeFilter & { serviceId?: string; componentId?: string; cursor?: string; limit: number },
): Promise<Page<IncidentJson>> {
  const range = listRange(query);
  const after = decodeCursor<[number, string]>(query.cursor, ['number', 'string']);
  const rows = await listIncidents(ctx.db, {
    ...range,
    serviceId: query.serviceId,
    componentId: query.componentId,
    after: after && { start: after[0], id: after[1] },
    limit: query.limit + 1,
  });
  return pageOf(rows, query.limit, incidentJson, (r) => [r.start, r.id]);
}

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
