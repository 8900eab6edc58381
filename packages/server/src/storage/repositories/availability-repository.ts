import type { ExclusionTable, IncidentTable } from '../tables.js';
import type { Executor } from './executor.js';

export type IncidentRow = IncidentTable;
export type ExclusionRow = ExclusionTable;

export async function insertIncident(db: Executor, row: IncidentRow): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

export async function insertExclusion(db: Executor, row: ExclusionRow): Promise<void> {
  await db.insertInto('exclusions').values(row).execute();
}

/** Incidents overlapping [from, to). */
export async function incidentsBetween(db: Executor, from: number, to: number): Promise<IncidentRow[]> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('start', '<', to)
    .where('end', '>', from)
    .orderBy('start')
    .execute();
}

/** Exclusions overlapping [from, to) that apply to a customer: everyone's and its own. */
export async function exclusionsFor(
  db: Executor,
  customerId: string,
  from: number,
  to: number,
): Promise<ExclusionRow[]> {
  return db
    .selectFrom('exclusions')
    .selectAll()
    .where('start', '<', to)
    .where('end', '>', from)
    .where((eb) => eb.or([eb('customer_id', 'is', null), eb('customer_id', '=', customerId)]))
    .orderBy('start')
    .execute();
}
