import { sql } from 'kysely';
import type { IncidentImpactTable, StatusIncidentTable, StatusIncidentUpdateTable } from '../tables.js';
import type { Executor } from './executor.js';
import { invalidateDailyUptime } from './status-uptime-repository.js';

export type IncidentRow = StatusIncidentTable;
export type IncidentUpdateRow = StatusIncidentUpdateTable;
export type IncidentImpactRow = IncidentImpactTable;

export async function insertIncident(db: Executor, row: IncidentRow): Promise<void> {
  await db.insertInto('status_incidents').values(row).execute();
}

/** The incident, locked against concurrent updates on PostgreSQL (SQLite serializes writers). */
export async function findIncident(db: Executor, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('status_incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setIncidentStatus(
  db: Executor,
  id: string,
  set: Pick<IncidentRow, 'status' | 'resolved_at'>,
): Promise<void> {
  await db.updateTable('status_incidents').set(set).where('id', '=', id).execute();
}

export async function insertIncidentUpdate(db: Executor, row: IncidentUpdateRow): Promise<void> {
  await db.insertInto('status_incident_updates').values(row).execute();
}

export async function findIncidentUpdate(
  db: Executor,
  incidentId: string,
  seq: number,
): Promise<IncidentUpdateRow | undefined> {
  return db
    .selectFrom('status_incident_updates')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('seq', '=', seq)
    .executeTakeFirst();
}

/** The latest update of an incident (every incident has its opening one). */
export async function lastUpdate(db: Executor, incidentId: string): Promise<IncidentUpdateRow | undefined> {
  return db
    .selectFrom('status_incident_updates')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Ends the incident's open impact segments at `at`: a later update states the impact from then on. */
export async function closeImpacts(db: Executor, incidentId: string, at: number): Promise<void> {
  await db
    .updateTable('incident_impacts')
    .set({ end: at })
    .where('incident_id', '=', incidentId)
    .where('end', 'is', null)
    .execute();
  await invalidateDailyUptime(db, at, at);
}

export async function insertImpacts(db: Executor, rows: readonly IncidentImpactRow[]): Promise<void> {
  if (!rows.length) return;
  await db.insertInto('incident_impacts').values(rows).execute();
  // Stored status-page days are a projection of impact segments: those these touch are measured again.
  await invalidateDailyUptime(
    db,
    Math.min(...rows.map((r) => r.start)),
    rows.some((r) => r.end === null) ? null : Math.max(...rows.map((r) => r.end!)),
  );
}

/**
 * Impact segments overlapping [from, to): those still open included. Two reads, each by its own index (end, then
 * start): one condition on start alone would scan every segment that began before `to`, the whole history.
 */
export async function impactsBetween(db: Executor, from: number, to: number): Promise<IncidentImpactRow[]> {
  const [closed, open] = await Promise.all([
    db.selectFrom('incident_impacts').selectAll().where('end', '>', from).where('start', '<', to).execute(),
    db.selectFrom('incident_impacts').selectAll().where('end', 'is', null).where('start', '<', to).execute(),
  ]);
  return [...closed, ...open].sort((a, b) => a.start - b.start);
}

export interface IncidentFilter {
  /** Only open (true), or only resolved (false). */
  open?: boolean;
  /** Going on at some time in [from, to): opened before `to`, and not resolved by `from`. */
  from?: number;
  to?: number;
  /** With an impact on this service (and this component of it). */
  serviceId?: string;
  componentId?: string;
  /** After this (opened_at, id) key, newest first. */
  before?: { openedAt: number; id: string };
  limit: number;
}

/** Incidents by when they opened, newest first, then by id. */
export async function listIncidents(db: Executor, f: IncidentFilter): Promise<IncidentRow[]> {
  let q = db.selectFrom('status_incidents').selectAll().orderBy('opened_at', 'desc').orderBy('id').limit(f.limit);
  if (f.open === true) q = q.where('resolved_at', 'is', null);
  if (f.open === false) q = q.where('resolved_at', 'is not', null);
  if (f.to !== undefined) q = q.where('opened_at', '<', f.to);
  const from = f.from;
  if (from !== undefined) q = q.where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>', from)]));
  const { serviceId, componentId } = f;
  if (serviceId !== undefined || componentId !== undefined)
    q = q.where(({ exists, selectFrom }) => {
      let impacts = selectFrom('incident_impacts')
        .select('incident_impacts.seq')
        .whereRef('incident_impacts.incident_id', '=', 'status_incidents.id');
      if (serviceId !== undefined) impacts = impacts.where('incident_impacts.service_id', '=', serviceId);
      if (componentId !== undefined) impacts = impacts.where('incident_impacts.component_id', '=', componentId);
      return exists(impacts);
    });
  const before = f.before;
  if (before)
    q = q.where((eb) =>
      eb.or([
        eb('opened_at', '<', before.openedAt),
        eb.and([eb('opened_at', '=', before.openedAt), eb('id', '>', before.id)]),
      ]),
    );
  return q.execute();
}

/** The updates of each incident, in order, in one statement. */
export async function updatesOf(
  db: Executor,
  incidentIds: readonly string[],
): Promise<Map<string, IncidentUpdateRow[]>> {
  const byIncident = new Map<string, IncidentUpdateRow[]>(incidentIds.map((id) => [id, []]));
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

/** Incidents not yet resolved, newest first: the page shows every one, however old. */
export async function openIncidents(db: Executor): Promise<IncidentRow[]> {
  return db
    .selectFrom('status_incidents')
    .selectAll()
    .where('resolved_at', 'is', null)
    .orderBy('opened_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Of the incidents resolved at or after `resolvedFrom`: the earliest opening (undefined: none). */
export async function earliestOpenedResolvedSince(db: Executor, resolvedFrom: number): Promise<number | undefined> {
  const r = await db
    .selectFrom('status_incidents')
    .select((eb) => eb.fn.min('opened_at').as('at'))
    .where('resolved_at', '>=', resolvedFrom)
    .executeTakeFirst();
  return r?.at === null || r?.at === undefined ? undefined : Number(r.at);
}

/**
 * How many incidents resolved at or after `resolvedFrom` opened in each [bounds[i], bounds[i + 1]), and how many opened
 * before bounds[0]: one statement, a count per range, each an index range of the covering (opened_at desc, id,
 * resolved_at, title) index (migration 0200) instead of one pass over every resolution grouped by a CASE.
 */
export async function resolvedIncidentCounts(
  db: Executor,
  resolvedFrom: number,
  bounds: readonly number[],
): Promise<{ counts: number[]; before: number }> {
  const counts = bounds.slice(1).map(() => 0);
  if (!counts.length) return { counts, before: 0 };
  // Range -1: before bounds[0]; range i: [bounds[i], bounds[i + 1]).
  const range = (i: number) => {
    let q = db
      .selectFrom('status_incidents')
      .select((eb) => [sql.lit(i).as('range'), eb.fn.countAll().as('n')])
      .where('resolved_at', '>=', resolvedFrom)
      .where('opened_at', '<', bounds[i + 1]!);
    if (i >= 0) q = q.where('opened_at', '>=', bounds[i]!);
    return q;
  };
  let q = range(-1);
  for (let i = 0; i < counts.length; i++) q = q.unionAll(range(i));
  let before = 0;
  for (const r of await q.execute())
    if (Number(r.range) < 0) before = Number(r.n);
    else counts[Number(r.range)] = Number(r.n);
  return { counts, before };
}

/**
 * For each range [from, to) (months), the latest `limit` incidents resolved at or after `resolvedFrom` that opened in
 * it, newest first: one statement, each range read in the history index's order (migration 0200) and cut at `limit`.
 */
export async function resolvedIncidentLines(
  db: Executor,
  resolvedFrom: number,
  ranges: readonly { from: number; to: number }[],
  limit: number,
): Promise<Pick<IncidentRow, 'id' | 'title' | 'opened_at'>[]> {
  const range = ({ from, to }: { from: number; to: number }, i: number) =>
    db
      .selectFrom(
        db
          .selectFrom('status_incidents')
          .select(['id', 'title', 'opened_at'])
          .where('resolved_at', '>=', resolvedFrom)
          .where('opened_at', '>=', from)
          .where('opened_at', '<', to)
          .orderBy('opened_at', 'desc')
          .orderBy('id')
          .limit(limit)
          .as(`m${i}`),
      )
      .selectAll();
  if (!ranges.length) return [];
  let q = range(ranges[0]!, 0);
  for (let i = 1; i < ranges.length; i++) q = q.unionAll(range(ranges[i]!, i));
  const rows = await q.execute();
  // A union keeps no order: newest first, then id, as each range was cut.
  return rows.sort((a, b) => Number(b.opened_at) - Number(a.opened_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The earliest start of an impact segment still open (undefined: none is). */
export async function earliestOpenImpact(db: Executor): Promise<number | undefined> {
  const r = await db
    .selectFrom('incident_impacts')
    .select((eb) => eb.fn.min('start').as('start'))
    .where('end', 'is', null)
    .executeTakeFirst();
  return r?.start === null || r?.start === undefined ? undefined : Number(r.start);
}
