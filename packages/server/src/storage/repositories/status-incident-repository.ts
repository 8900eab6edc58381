import type { IncidentImpactTable, StatusIncidentTable, StatusIncidentUpdateTable } from '../tables.js';
import type { Executor } from './executor.js';

export type StatusIncidentRow = StatusIncidentTable;
export type StatusIncidentUpdateRow = StatusIncidentUpdateTable;
export type IncidentImpactRow = IncidentImpactTable;

export async function insertStatusIncident(db: Executor, row: StatusIncidentRow): Promise<void> {
  await db.insertInto('status_incidents').values(row).execute();
}

/** The incident, locked against concurrent updates on PostgreSQL (SQLite serializes writers). */
export async function findStatusIncident(db: Executor, id: string): Promise<StatusIncidentRow | undefined> {
  return db.selectFrom('status_incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setIncidentStatus(
  db: Executor,
  id: string,
  set: Pick<StatusIncidentRow, 'status' | 'resolved_at'>,
): Promise<void> {
  await db.updateTable('status_incidents').set(set).where('id', '=', id).execute();
}

export async function insertIncidentUpdate(db: Executor, row: StatusIncidentUpdateRow): Promise<void> {
  await db.insertInto('status_incident_updates').values(row).execute();
}

export async function lastUpdateSeq(db: Executor, incidentId: string): Promise<number> {
  const r = await db
    .selectFrom('status_incident_updates')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return Number(r?.seq ?? 0);
}

/** Ends the incident's open impact segments at `at`: a later update states the impact from then on. */
export async function closeImpacts(db: Executor, incidentId: string, at: number): Promise<void> {
  await db
    .updateTable('incident_impacts')
    .set({ end: at })
    .where('incident_id', '=', incidentId)
    .where('end', 'is', null)
    .execute();
}

export async function insertImpacts(db: Executor, rows: readonly IncidentImpactRow[]): Promise<void> {
  if (rows.length) await db.insertInto('incident_impacts').values(rows).execute();
}

/** Impact segments overlapping [from, to): those still open included. */
export async function impactsBetween(db: Executor, from: number, to: number): Promise<IncidentImpactRow[]> {
  return db
    .selectFrom('incident_impacts')
    .selectAll()
    .where('start', '<', to)
    .where((eb) => eb.or([eb('end', 'is', null), eb('end', '>', from)]))
    .orderBy('start')
    .execute();
}

/** Incidents opened before `to` and open or resolved after `from`, newest first. */
export async function incidentsOverlapping(
  db: Executor,
  from: number,
  to: number,
  limit: number,
): Promise<StatusIncidentRow[]> {
  return db
    .selectFrom('status_incidents')
    .selectAll()
    .where('opened_at', '<', to)
    .where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>=', from)]))
    .orderBy('opened_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Incidents by when they opened, newest first, after a (opened_at, id) key. */
export async function listStatusIncidents(
  db: Executor,
  f: { before?: { openedAt: number; id: string }; open?: boolean; limit: number },
): Promise<StatusIncidentRow[]> {
  let q = db.selectFrom('status_incidents').selectAll().orderBy('opened_at', 'desc').orderBy('id').limit(f.limit);
  if (f.open === true) q = q.where('resolved_at', 'is', null);
  if (f.open === false) q = q.where('resolved_at', 'is not', null);
  if (f.before)
    q = q.where((eb) =>
      eb.or([
        eb('opened_at', '<', f.before!.openedAt),
        eb.and([eb('opened_at', '=', f.before!.openedAt), eb('id', '>', f.before!.id)]),
      ]),
    );
  return q.execute();
}

/** The updates of each incident, in order, in one statement. */
export async function updatesOf(
  db: Executor,
  incidentIds: readonly string[],
): Promise<Map<string, StatusIncidentUpdateRow[]>> {
  const byIncident = new Map<string, StatusIncidentUpdateRow[]>(incidentIds.map((id) => [id, []]));
  if (!incidentIds.length) return byIncident;
  const rows = await db
    .selectFrom('status_incident_updates')
    .selectAll()
    .where('incident_id', 'in', incidentIds)
    .orderBy('incident_id')
    .orderBy('seq')
    .execute();
  for (const r of rows) byIncident.get(r.incident_id)!.push(r);
  return byIncident;
}
