import { sql } from 'kysely';
import type {
  AvailabilitySourceTable,
  MonitorChangeTable,
  MonitorLatestTable,
  MonitorRequestCountTable,
  MonitorRollupTable,
  MonitorSampleTable,
  MonitorTable,
} from '../monitor-tables.js';
import { invalidateDailyUptime } from './status-uptime-repository.js';
import { chunks, isPostgres, type Executor } from './executor.js';
import { inList, listParts, unnestRows } from './list-parameters.js';

export type MonitorRow = MonitorTable;
export type SampleRow = MonitorSampleTable;
export type LatestRow = MonitorLatestTable;
export type ChangeRow = MonitorChangeTable;
export type RollupRow = MonitorRollupTable;
export type RequestCountRow = MonitorRequestCountTable;
export type AvailabilitySourceRow = AvailabilitySourceTable;

export async function nextMonitorKey(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('monitors')
    .select((eb) => eb.fn.max('key').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/**
 * Every write to `monitors` raises the revision in the same transaction, after the write: a probe that reads the
 * new revision reads the monitors as written (services/monitors/assignments.ts).
 */
async function raiseRevision(db: Executor): Promise<void> {
  await db
    .updateTable('monitor_revision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/** The monitors' revision: unchanged, no monitor was written since it was read. */
export async function monitorRevision(db: Executor): Promise<number> {
  const row = await db.selectFrom('monitor_revision').select('revision').where('id', '=', 1).executeTakeFirst();
  return Number(row?.revision ?? 0);
}

export async function insertMonitor(db: Executor, row: MonitorRow): Promise<void> {
  await db.insertInto('monitors').values(row).execute();
  await raiseRevision(db);
}

export async function findMonitor(db: Executor, id: string): Promise<MonitorRow | undefined> {
  return db.selectFrom('monitors').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateMonitor(db: Executor, id: string, change: Partial<MonitorRow>): Promise<void> {
  await db.updateTable('monitors').set(change).where('id', '=', id).execute();
  await raiseRevision(db);
}

/** A monitor and everything it measured. */
export async function deleteMonitor(db: Executor, row: MonitorRow): Promise<void> {
  for (const table of [
    'monitor_samples',
    'monitor_latest',
    'monitor_changes',
    'monitor_failing_spans',
    'monitor_rollups',
    'monitor_request_counts',
    'monitor_alerts',
  ] as const)
    await db.deleteFrom(table).where('monitor_key', '=', row.key).execute();
  await db.deleteFrom('monitors').where('id', '=', row.id).execute();
  await raiseRevision(db);
  // Its outages leave its component's kept daily uptime: measured again on the next read.
  await invalidateDailyUptime(db, 0, null);
}

export interface MonitorFilter {
  serviceId?: string;
  componentId?: string;
  after?: string;
  limit?: number;
}

/** Monitors ordered by id. */
export async function listMonitors(db: Executor, f: MonitorFilter = {}): Promise<MonitorRow[]> {
  let q = db.selectFrom('monitors').selectAll().orderBy('id');
  if (f.serviceId !== undefined) q = q.where('service_id', '=', f.serviceId);
  if (f.componentId !== undefined) q = q.where('component_id', '=', f.componentId);
  if (f.after !== undefined) q = q.where('id', '>', f.after);
  if (f.limit !== undefined) q = q.limit(f.limit);
  return q.execute();
}

/** The key of a probe location, created on first use. */
export async function locationKey(db: Executor, name: string, now: number): Promise<number> {
  const found = await db.selectFrom('probe_locations').select('key').where('name', '=', name).executeTakeFirst();
  if (found) return found.key;
  const max = await db
    .selectFrom('probe_locations')
    .select((eb) => eb.fn.max('key').as('max'))
    .executeTakeFirst();
  const key = Number(max?.max ?? 0) + 1;
  await db
    .insertInto('probe_locations')
    .values({ key, name, created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return (await db.selectFrom('probe_locations').select('key').where('name', '=', name).executeTakeFirstOrThrow()).key;
}

export async function listLocations(db: Executor): Promise<{ key: number; name: string }[]> {
  return db.selectFrom('probe_locations').select(['key', 'name']).orderBy('key').execute();
}

/**
 * Stores samples; one already stored for the same monitor, slot and location is kept (a check run twice). On
 * PostgreSQL the rows go as one array per column: one statement text for every batch size.
 */
export async function insertSamples(db: Executor, rows: readonly SampleRow[]): Promise<void> {
  const insert = db.insertInto('monitor_samples');
  const columns = [
    ['monitor_key', 'integer'],
    ['t', 'bigint'],
    ['location_key', 'integer'],
    ['ok', 'integer'],
    ['latency_ms', 'integer'],
  ] as const;
  for (const part of listParts(db, rows, 1000))
    await (
      isPostgres(db)
        ? insert.columns(columns.map(([c]) => c)).expression(unnestRows(part, columns))
        : insert.values(part)
    )
      .onConflict((oc) => oc.columns(['monitor_key', 't', 'location_key']).doNothing())
      .execute();
}

/** Each monitor's latest result per location, unless a later one is stored; one text for every size on PostgreSQL. */
export async function upsertLatest(db: Executor, rows: readonly LatestRow[]): Promise<void> {
  const insert = db.insertInto('monitor_latest');
  const columns = [
    ['monitor_key', 'integer'],
    ['location_key', 'integer'],
    ['t', 'bigint'],
    ['ok', 'integer'],
    ['latency_ms', 'integer'],
    ['error', 'text'],
    ['warning', 'text'],
  ] as const;
  for (const part of listParts(db, rows, 500))
    await (
      isPostgres(db)
        ? insert.columns(columns.map(([c]) => c)).expression(unnestRows(part, columns))
        : insert.values(part)
    )
      .onConflict((oc) =>
        oc
          .columns(['monitor_key', 'location_key'])
          .doUpdateSet((eb) => ({
            t: eb.ref('excluded.t'),
            ok: eb.ref('excluded.ok'),
            latency_ms: eb.ref('excluded.latency_ms'),
            error: eb.ref('excluded.error'),
            warning: eb.ref('excluded.warning'),
          }))
          .where('monitor_latest.t', '<=', (eb) => eb.ref('excluded.t')),
      )
      .execute();
}

export async function latestOf(db: Executor, monitorKey: number): Promise<LatestRow[]> {
  return db.selectFrom('monitor_latest').selectAll().where('monitor_key', '=', monitorKey).execute();
}

/** A monitor's samples in [from, to), by time. */
export async function samplesBetween(db: Executor, monitorKey: number, from: number, to: number): Promise<SampleRow[]> {
  return db
    .selectFrom('monitor_samples')
    .selectAll()
    .where('monitor_key', '=', monitorKey)
    .where('t', '>=', from)
    .where('t', '<', to)
    .orderBy('t')
    .orderBy('location_key')
    .execute();
}

/**
 * Samples of several monitors from an instant on, by monitor, time and location: one read for a batch's monitors
 * (services/monitors/location-changes.ts, rederiveChangesOf), in the order of the samples' key.
 */
export async function samplesFrom(db: Executor, monitorKeys: readonly number[], from: number): Promise<SampleRow[]> {
  const out: SampleRow[] = [];
  for (const keys of listParts(db, monitorKeys, 500))
    out.push(
      ...(await db
        .selectFrom('monitor_samples')
        .selectAll()
        .where(inList(db, 'monitor_key', keys, 'integer'))
        .where('t', '>=', from)
        .orderBy('monitor_key')
        .orderBy('t')
        .orderBy('location_key')
        .execute()),
    );
  return out;
}

/** The last change of a monitor before an instant. */
export async function changeBefore(db: Executor, monitorKey: number, at: number): Promise<ChangeRow | undefined> {
  return db
    .selectFrom('monitor_changes')
    .selectAll()
    .where('monitor_key', '=', monitorKey)
    .where('at', '<', at)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** One monitor's changes from `from` on, replaced by `rows` (all at `from` or later), and its failing spans with them. */
export interface ChangesReplacement {
  monitorKey: number;
  from: number;
  rows: readonly ChangeRow[];
  /** How many of its changes from `from` on are stored now: they go. */
  stored: number;
  /** Its last change before `from`, as stored: whether a failing span holds at `from`. */
  before: ChangeRow | undefined;
}

/**
 * Replaces the changes of many monitors, each from its `from` on, in a few statements (a probe batch's monitors): the
 * changes of those that had any from their `from` on are deleted in one statement per chunk, the new ones inserted
 * together, and the failing spans of the monitors whose changes moved are read, replaced in memory
 * (failingSpansAfter), and written back as the difference. The caller read `stored` and `before` in this transaction.
 */
export async function replaceChangesOf(db: Executor, replacements: readonly ChangesReplacement[]): Promise<void> {
  // An OR of one term per monitor: 100 a statement keeps SQLite's expression depth (1,000) and parameters far off.
  for (const part of chunks(
    replacements.filter((r) => r.stored > 0),
    100,
  ))
    await db
      .deleteFrom('monitor_changes')
      .where((eb) => eb.or(part.map((r) => eb.and([eb('monitor_key', '=', r.monitorKey), eb('at', '>=', r.from)]))))
      .execute();
  for (const part of chunks(
    replacements.flatMap((r) => r.rows),
    1000,
  ))
    await db.insertInto('monitor_changes').values(part).execute();
  // The usual batch changes nothing (no change before, none now): the spans stand, and the write path pays no read.
  await replaceFailingSpansOf(
    db,
    replacements.filter((r) => r.rows.length > 0 || r.stored > 0),
  );
}

type FailingSpan = { monitor_key: number; start: number; end: number | null };

async function replaceFailingSpansOf(db: Executor, replacements: readonly ChangesReplacement[]): Promise<void> {
  if (!replacements.length) return;
  // Every span a replacement can touch: those starting at its `from` or later (deleted), and those still open or
  // ending at `from` or later (opened again, or closed by a new change). Read from the earliest `from` of all.
  const earliest = Math.min(...replacements.map((r) => r.from));
  const touched = new Map<number, FailingSpan[]>();
  for (const keys of chunks(
    replacements.map((r) => r.monitorKey),
    500,
  ))
    for (const span of await db
      .selectFrom('monitor_failing_spans')
      .select(['monitor_key', 'start', 'end'])
      .where('monitor_key', 'in', keys)
      .where((eb) => eb.or([eb('start', '>=', earliest), eb('end', 'is', null), eb('end', '>=', earliest)]))
      .execute()) {
      const of = touched.get(span.monitor_key);
      if (of) of.push(span);
      else touched.set(span.monitor_key, [span]);
    }
  const gone: FailingSpan[] = [];
  const added: FailingSpan[] = [];
  for (const r of replacements) {
    const was = (touched.get(r.monitorKey) ?? []).filter((s) => s.start >= r.from || s.end === null || s.end >= r.from);
    const now = failingSpansAfter(was, r);
    const kept = new Map(now.map((s) => [s.start, s.end]));
    const had = new Map(was.map((s) => [s.start, s.end]));
    gone.push(...was.filter((s) => kept.get(s.start) !== s.end));
    added.push(...now.filter((s) => !had.has(s.start) || had.get(s.start) !== s.end));
  }
  for (const part of chunks(gone, 100))
    await db
      .deleteFrom('monitor_failing_spans')
      .where((eb) => eb.or(part.map((s) => eb.and([eb('monitor_key', '=', s.monitor_key), eb('start', '=', s.start)]))))
      .execute();
  for (const part of chunks(added, 1000)) await db.insertInto('monitor_failing_spans').values(part).execute();
}

/**
 * What the replacement leaves of one monitor's spans that it can touch (`was`), so that the spans say what the changes
 * say: those from `from` on go; if the last change before `from` had failing locations, those before it are open
 * again; then each new change that starts failing opens a span and each that ends it closes every open one.
 */
function failingSpansAfter(was: readonly FailingSpan[], r: ChangesReplacement): FailingSpan[] {
  const spans = was.filter((s) => s.start < r.from).map((s) => ({ ...s }));
  let failing = (r.before?.failing ?? 0) > 0;
  if (failing) for (const s of spans) s.end = null;
  for (const c of r.rows) {
    if (!failing && c.failing > 0) spans.push({ monitor_key: r.monitorKey, start: c.at, end: null });
    else if (failing && c.failing === 0) for (const s of spans) if (s.end === null) s.end = c.at;
    failing = c.failing > 0;
  }
  return spans;
}

/** Failing spans overlapping [from, to): the only monitors that can have an outage there. */
export async function failingSpansBetween(
  db: Executor,
  from: number,
  to: number,
): Promise<{ monitor_key: number; start: number; end: number | null }[]> {
  const [closed, open] = await Promise.all([
    db
      .selectFrom('monitor_failing_spans')
      .select(['monitor_key', 'start', 'end'])
      .where('end', '>', from)
      .where('start', '<', to)
      .execute(),
    db
      .selectFrom('monitor_failing_spans')
      .select(['monitor_key', 'start', 'end'])
      .where('end', 'is', null)
      .where('start', '<', to)
      .execute(),
  ]);
  return [...closed, ...open];
}

/** Changes of monitors in [from, to), each monitor's last change before `from` included (it holds at `from`). */
export async function changesBetween(
  db: Executor,
  monitorKeys: readonly number[],
  from: number,
  to: number,
): Promise<ChangeRow[]> {
  if (!monitorKeys.length) return [];
  const out: ChangeRow[] = [];
  for (const keys of listParts(db, monitorKeys, 500)) {
    const inside = await db
      .selectFrom('monitor_changes')
      .selectAll()
      .where(inList(db, 'monitor_key', keys, 'integer'))
      .where('at', '>=', from)
      .where('at', '<', to)
      .execute();
    const before = await db
      .selectFrom('monitor_changes as c')
      .selectAll('c')
      .where(inList(db, 'c.monitor_key', keys, 'integer'))
      .where('c.at', '=', (eb) =>
        eb
          .selectFrom('monitor_changes as p')
          .select((e) => e.fn.max('p.at').as('at'))
          .whereRef('p.monitor_key', '=', 'c.monitor_key')
          .where('p.at', '<', from),
      )
      .execute();
    out.push(...before, ...inside);
  }
  return out.sort((a, b) => a.monitor_key - b.monitor_key || a.at - b.at);
}

/**
 * Monitors whose locations may have fallen silent since their last change: a last sample older than the stale
 * window while the last change still counts reporting locations.
 */
export async function monitorsWithLastSample(db: Executor): Promise<{ monitor_key: number; t: number }[]> {
  return db
    .selectFrom('monitor_latest')
    .select(['monitor_key', (eb) => eb.fn.max('t').as('t')])
    .groupBy('monitor_key')
    .execute() as Promise<{ monitor_key: number; t: number }[]>;
}

export type BucketSums = Omit<RollupRow, 'size' | 'start'>;

/**
 * Per-monitor sums over [from, to) of raw samples (`of` = 'samples': one check each, no impact) or of the rollups of
 * one size: the one query behind the minute (from samples), hour and day (from the finer rollups) rollups and the
 * monthly report (from days). Samples are shaped as rollup rows in a subquery, which both databases flatten, so the
 * range is still read through the index on `t` or `(size, start)`.
 */
export async function bucketSums(
  db: Executor,
  of: 'samples' | number,
  from: number,
  to: number,
): Promise<BucketSums[]> {
  const source =
    of === 'samples'
      ? db
          .selectFrom('monitor_samples')
          .select([
            'monitor_key',
            't as start',
            sql<number>`1`.as('checks'),
            sql<number>`1 - ok`.as('failed'),
            'latency_ms as latency_sum',
            'latency_ms as latency_max',
            sql<number>`0`.as('impact_ms'),
            sql<number>`0`.as('no_data_ms'),
          ])
          .where('t', '>=', from)
          .where('t', '<', to)
      : db
          .selectFrom('monitor_rollups')
          .select(['monitor_key', 'start', 'checks', 'failed', 'latency_sum', 'latency_max', 'impact_ms', 'no_data_ms'])
          .where('size', '=', of)
          .where('start', '>=', from)
          .where('start', '<', to);
  const rows = await db
    .selectFrom(source.as('b'))
    .select([
      'b.monitor_key',
      (eb) => eb.fn.sum('b.checks').as('checks'),
      (eb) => eb.fn.sum('b.failed').as('failed'),
      (eb) => eb.fn.sum('b.latency_sum').as('latency_sum'),
      (eb) => eb.fn.max('b.latency_max').as('latency_max'),
      (eb) => eb.fn.sum('b.impact_ms').as('impact_ms'),
      (eb) => eb.fn.sum('b.no_data_ms').as('no_data_ms'),
    ])
    .groupBy('b.monitor_key')
    .execute();
  return rows.map((r) => ({
    monitor_key: r.monitor_key,
    checks: Number(r.checks),
    failed: Number(r.failed),
    latency_sum: Number(r.latency_sum),
    latency_max: Number(r.latency_max),
    impact_ms: Number(r.impact_ms),
    no_data_ms: Number(r.no_data_ms),
  }));
}

export async function upsertRollups(db: Executor, rows: readonly RollupRow[]): Promise<void> {
  for (const part of chunks(rows, 500))
    await db
      .insertInto('monitor_rollups')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['size', 'start', 'monitor_key']).doUpdateSet((eb) => ({
          checks: eb.ref('excluded.checks'),
          failed: eb.ref('excluded.failed'),
          latency_sum: eb.ref('excluded.latency_sum'),
          latency_max: eb.ref('excluded.latency_max'),
          impact_ms: eb.ref('excluded.impact_ms'),
          no_data_ms: eb.ref('excluded.no_data_ms'),
        })),
      )
      .execute();
}

/** A monitor's rollups of one size in [from, to), by start. */
export async function rollupsOf(
  db: Executor,
  monitorKey: number,
  size: number,
  from: number,
  to: number,
): Promise<RollupRow[]> {
  return db
    .selectFrom('monitor_rollups')
    .selectAll()
    .where('monitor_key', '=', monitorKey)
    .where('size', '=', size)
    .where('start', '>=', from)
    .where('start', '<', to)
    .orderBy('start')
    .execute();
}

export async function deleteSamplesBefore(db: Executor, t: number): Promise<number> {
  const r = await db.deleteFrom('monitor_samples').where('t', '<', t).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function insertRequestCounts(db: Executor, rows: readonly RequestCountRow[]): Promise<void> {
  for (const part of chunks(rows, 1000))
    await db
      .insertInto('monitor_request_counts')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['monitor_key', 'start']).doUpdateSet((eb) => ({
          end: eb.ref('excluded.end'),
          total: eb.ref('excluded.total'),
          failed: eb.ref('excluded.failed'),
        })),
      )
      .execute();
}

export async function requestCountsBetween(
  db: Executor,
  monitorKeys: readonly number[],
  from: number,
  to: number,
): Promise<RequestCountRow[]> {
  if (!monitorKeys.length) return [];
  return db
    .selectFrom('monitor_request_counts')
    .selectAll()
    .where('monitor_key', 'in', [...monitorKeys])
    .where('start', '>=', from)
    .where('start', '<', to)
    .orderBy('start')
    .execute();
}

export async function findAvailabilitySource(
  db: Executor,
  customerId: string,
  contractId: string,
): Promise<AvailabilitySourceRow | undefined> {
  return db
    .selectFrom('availability_sources')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('contract_id', '=', contractId)
    .executeTakeFirst();
}

/** The availability sources the named customers set, for every contract of theirs that has one. */
export async function availabilitySourcesOf(
  db: Executor,
  customerIds: readonly string[],
): Promise<AvailabilitySourceRow[]> {
  if (!customerIds.length) return [];
  return db
    .selectFrom('availability_sources')
    .selectAll()
    .where('customer_id', 'in', [...new Set(customerIds)])
    .execute();
}

export async function saveAvailabilitySource(db: Executor, row: AvailabilitySourceRow): Promise<void> {
  await db
    .insertInto('availability_sources')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['customer_id', 'contract_id']).doUpdateSet({
        source: row.source,
        components: row.components,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Marks a probe process alive and answers the members of its location seen since `since`, by name. */
export async function probeMembers(
  db: Executor,
  location: number,
  member: string,
  now: number,
  since: number,
): Promise<string[]> {
  await db
    .insertInto('probe_members')
    .values({ location_key: location, member, seen_at: now })
    .onConflict((oc) => oc.columns(['location_key', 'member']).doUpdateSet({ seen_at: now }))
    .execute();
  await db.deleteFrom('probe_members').where('location_key', '=', location).where('seen_at', '<', since).execute();
  const rows = await db
    .selectFrom('probe_members')
    .select('member')
    .where('location_key', '=', location)
    .orderBy('member')
    .execute();
  return rows.map((r) => r.member);
}

/** Database size in bytes (SQLite pages, PostgreSQL the database), for the growth report. */
export async function databaseBytes(db: Executor, postgres: boolean): Promise<number> {
  if (postgres) {
    const r = await sql<{ size: string }>`select pg_database_size(current_database()) as size`.execute(db);
    return Number(r.rows[0]!.size);
  }
  const count = await sql<{ page_count: number }>`pragma page_count`.execute(db);
  const size = await sql<{ page_size: number }>`pragma page_size`.execute(db);
  return count.rows[0]!.page_count * size.rows[0]!.page_size;
}

/** The monitors of these ids (a probe batch's): one statement text for every number of ids on PostgreSQL. */
export async function listMonitorsById(db: Executor, ids: readonly string[]): Promise<MonitorRow[]> {
  const out: MonitorRow[] = [];
  for (const part of listParts(db, ids, 500))
    out.push(
      ...(await db
        .selectFrom('monitors')
        .selectAll()
        .where(inList(db, 'id', part, 'text'))
        .execute()),
    );
  return out;
}

export async function listMonitorsByKey(db: Executor, keys: readonly number[]): Promise<MonitorRow[]> {
  const out: MonitorRow[] = [];
  for (const part of chunks(keys, 500))
    out.push(...(await db.selectFrom('monitors').selectAll().where('key', 'in', part).execute()));
  return out;
}

/** Every monitor's id by its key: what a report of all monitors needs, without their configurations. */
export async function monitorIdsByKey(db: Executor): Promise<Map<number, string>> {
  const rows = await db.selectFrom('monitors').select(['key', 'id']).execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}
