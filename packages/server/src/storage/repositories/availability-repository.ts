import type { ExclusionTable } from '../tables.js';
import type { Executor } from './executor.js';

export type ExclusionRow = ExclusionTable;

/** A keyset position in lists ordered by start then id. */
export interface StartKey {
  start: number;
  id: string;
}

export async function insertExclusion(db: Executor, row: ExclusionRow): Promise<void> {
  await db.insertInto('exclusions').values(row).execute();
}

/** Exclusions overlapping [from, to) that apply to a customer: everyone's and its own; cancelled ones never do. */
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
    .where('cancelled_at', 'is', null)
    .where((eb) => eb.or([eb('customer_id', 'is', null), eb('customer_id', '=', customerId)]))
    .orderBy('start')
    .execute();
}

export type MaintenanceStatus = 'scheduled' | 'in_progress' | 'completed' | 'cancelled';

export interface ExclusionFilter {
  /** Those that apply to this customer: everyone's and its own. */
  appliesTo?: string;
  category?: string;
  /** Overlapping [from, to). */
  from?: number;
  to?: number;
  serviceId?: string;
  /** Where each exclusion stands at `now`. */
  status?: { status: MaintenanceStatus; now: number };
  after?: StartKey;
  limit: number;
}

/** Exclusions (cancelled ones included, as records) ordered by start then id. */
export async function listExclusions(db: Executor, f: ExclusionFilter): Promise<ExclusionRow[]> {
  let q = db.selectFrom('exclusions').selectAll().orderBy('start').orderBy('id').limit(f.limit);
  const customer = f.appliesTo;
  if (customer !== undefined)
    q = q.where((eb) => eb.or([eb('customer_id', 'is', null), eb('customer_id', '=', customer)]));
  if (f.category !== undefined) q = q.where('category', '=', f.category);
  if (f.from !== undefined) q = q.where('end', '>', f.from);
  if (f.to !== undefined) q = q.where('start', '<', f.to);
  if (f.serviceId !== undefined) q = q.where('service_id', '=', f.serviceId);
  if (f.status) {
    const { status, now } = f.status;
    if (status === 'cancelled') q = q.where('cancelled_at', 'is not', null);
    else {
      q = q.where('cancelled_at', 'is', null);
      if (status === 'scheduled') q = q.where('start', '>', now);
      if (status === 'in_progress') q = q.where('start', '<=', now).where('end', '>', now);
      if (status === 'completed') q = q.where('end', '<=', now);
    }
  }
  const after = f.after;
  if (after)
    q = q.where((eb) =>
      eb.or([eb('start', '>', after.start), eb.and([eb('start', '=', after.start), eb('id', '>', after.id)])]),
    );
  return q.execute();
}

export async function findExclusion(db: Executor, id: string): Promise<ExclusionRow | undefined> {
  return db.selectFrom('exclusions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The occurrences of a maintenance series, by start. */
export async function exclusionsOfSeries(db: Executor, seriesId: string): Promise<ExclusionRow[]> {
  return db.selectFrom('exclusions').selectAll().where('series_id', '=', seriesId).orderBy('start').execute();
}

/** Marks an exclusion cancelled; false when it already was. */
export async function cancelExclusion(db: Executor, id: string, at: number, by: string): Promise<boolean> {
  const r = await db
    .updateTable('exclusions')
    .set({ cancelled_at: at, cancelled_by: by })
    .where('id', '=', id)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Scheduled maintenance of a component going on at `at` (its own, its service's, or the whole offering's), for any
 * customer; cancelled maintenance never counts.
 */
export async function maintenanceCovering(
  db: Executor,
  serviceId: string,
  componentId: string | null,
  at: number,
): Promise<ExclusionRow[]> {
  return db
    .selectFrom('exclusions')
    .selectAll()
    .where('category', '=', 'scheduled_maintenance')
    .where('cancelled_at', 'is', null)
    .where('start', '<=', at)
    .where('end', '>', at)
    .where((eb) =>
      eb.or([
        eb('service_id', 'is', null),
        eb.and([
          eb('service_id', '=', serviceId),
          componentId === null
            ? eb('component_id', 'is', null)
            : eb.or([eb('component_id', 'is', null), eb('component_id', '=', componentId)]),
        ]),
      ]),
    )
    .execute();
}
