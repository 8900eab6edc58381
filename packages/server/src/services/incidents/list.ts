import {
  findIncidentUpdate,
  findStatusIncident,
  listStatusIncidents,
  updatesOf,
} from '../../storage/repositories/status-incident-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { statusIncidentJson, updateJson, type IncidentUpdateJson, type StatusIncidentJson } from './incident-json.js';

/** Incidents newest first with their updates; public, as the status page shows them. */
export async function listStatusIncidentsPage(
  ctx: ServiceContext,
  query: { open?: boolean; cursor?: string; limit: number },
): Promise<Page<StatusIncidentJson>> {
  const before = decodeCursor<[number, string]>(query.cursor, ['number', 'string']);
  const rows = await listStatusIncidents(ctx.db, {
    open: query.open,
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
    (r) => statusIncidentJson(r, updates.get(r.id)!),
    (r) => [r.opened_at, r.id],
  );
}

export async function getStatusIncident(ctx: ServiceContext, id: string): Promise<StatusIncidentJson> {
  const row = await findStatusIncident(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no incident ${id}`);
  return statusIncidentJson(row, (await updatesOf(ctx.db, [id])).get(id)!);
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
  if (!(await findStatusIncident(ctx.db, incidentId))) throw new ServiceError('not_found', `no incident ${incidentId}`);
  throw new ServiceError('not_found', `incident ${incidentId} has no update ${updateId}`);
}
