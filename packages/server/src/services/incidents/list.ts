import {
  findIncident,
  findIncidentUpdate,
  listIncidents,
  updatesOf,
} from '../../storage/repositories/incident-repository.js';
import { listRange, type RangeFilter } from '../core/list-range.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { incidentJson, updateJson, type IncidentJson, type IncidentUpdateJson } from './incident-json.js';

/**
 * Incidents newest first with their updates. Public, as the status page shows them: incidents are provider-wide (they
 * name no customer; every customer's availability is measured from them), so every role reads them.
 */
export async function listIncidentsPage(
  ctx: ServiceContext,
  query: RangeFilter & { open?: boolean; serviceId?: string; componentId?: string; cursor?: string; limit: number },
): Promise<Page<IncidentJson>> {
  const range = listRange(query);
  const before = decodeCursor<[number, string]>(query.cursor, ['number', 'string']);
  const rows = await listIncidents(ctx.db, {
    ...range,
    open: query.open,
    serviceId: query.serviceId,
    componentId: query.componentId,
    before: before && { openedAt: before[0], id: before[1] },
    limit: query.limit + 1,
  });
  const updates = await updatesOf(
    ctx.db,
    rows.slice(0, query.limit).map((r) => r.id),
  );
  return pageOf(
    rows,
    query.limit,
    (r) => incidentJson(r, updates.get(r.id)!),
    (r) => [r.opened_at, r.id],
  );
}

export async function getIncident(ctx: ServiceContext, id: string): Promise<IncidentJson> {
  const row = await findIncident(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no incident ${id}`);
  return incidentJson(row, (await updatesOf(ctx.db, [id])).get(id)!);
}

/** One update of an incident (public, as its incident is); `updateId` is its sequence number in decimal. */
export async function getIncidentUpdate(
  ctx: ServiceContext,
  incidentId: string,
  updateId: string,
): Promise<IncidentUpdateJson> {
  // Only the decimal form the incident's answer gives is an update's id: '01' or '1e0' names nothing.
  const seq = /^[1-9][0-9]{0,8}$/.test(updateId) ? Number(updateId) : undefined;
  const row = seq === undefined ? undefined : await findIncidentUpdate(ctx.db, incidentId, seq);
  if (row) return updateJson(row);
  if (!(await findIncident(ctx.db, incidentId))) throw new ServiceError('not_found', `no incident ${incidentId}`);
  throw new ServiceError('not_found', `incident ${incidentId} has no update ${updateId}`);
}
