import {
  findStatusIncident,
  listStatusIncidents,
  updatesOf,
} from '../../storage/repositories/status-incident-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { statusIncidentJson, type StatusIncidentJson } from './incident-json.js';

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
