import type { MonitorAlertTable } from '../monitor-tables.js';
import type { Executor } from './executor.js';

export type AlertRow = MonitorAlertTable;

/** Monitors worth a look for alerts: a location's latest result fails, or an alert is still open. */
export async function monitorsToAlertOn(db: Executor): Promise<number[]> {
  const failing = await db.selectFrom('monitor_latest').select('monitor_key').where('ok', '=', 0).distinct().execute();
  const open = await db.selectFrom('monitor_alerts').select('monitor_key').where('resolved_at', 'is', null).execute();
  return [...new Set([...failing, ...open].map((r) => r.monitor_key))].sort((a, b) => a - b);
}

/**
 * Where a monitor's current run of failure began: the first change after its last change with no failing location
 * (up to `at`), or its first change if it never had one.
 */
export async function failureStart(db: Executor, monitorKey: number, at: number): Promise<number | undefined> {
  const healthy = await db
    .selectFrom('monitor_changes')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('monitor_key', '=', monitorKey)
    .where('failing', '=', 0)
    .where('at', '<=', at)
    .executeTakeFirst();
  const first = await db
    .selectFrom('monitor_changes')
    .select((eb) => eb.fn.min('at').as('at'))
    .where('monitor_key', '=', monitorKey)
    .where('at', '>', healthy?.at == null ? Number.MIN_SAFE_INTEGER : Number(healthy.at))
    .where('at', '<=', at)
    .executeTakeFirst();
  return first?.at == null ? undefined : Number(first.at);
}

export async function openAlertOf(db: Executor, monitorKey: number): Promise<AlertRow | undefined> {
  return db
    .selectFrom('monitor_alerts')
    .selectAll()
    .where('monitor_key', '=', monitorKey)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Stores an alert unless the monitor has one open already or one for the same failure is stored (another process
 * confirmed it first): both are unique indexes, so any conflict means someone else has it.
 */
export async function claimAlert(db: Executor, row: AlertRow): Promise<boolean> {
  const r = await db
    .insertInto('monitor_alerts')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateAlert(
  db: Executor,
  id: string,
  set: Partial<Pick<AlertRow, 'resolved_at' | 'incident_id' | 'mode'>>,
): Promise<void> {
  await db.updateTable('monitor_alerts').set(set).where('id', '=', id).execute();
}

export async function findAlert(db: Executor, id: string): Promise<AlertRow | undefined> {
  return db.selectFrom('monitor_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A monitor's alerts, newest first. */
export async function alertsOf(db: Executor, monitorKey: number, limit: number): Promise<AlertRow[]> {
  return db
    .selectFrom('monitor_alerts')
    .selectAll()
    .where('monitor_key', '=', monitorKey)
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
}
