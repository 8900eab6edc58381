import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** A monitor with failing locations at an instant: what it checks, and its locations then. */
export interface FailingMonitorRow {
  service_id: string;
  component_id: string | null;
  failing: number;
  reporting: number;
}

/**
 * The monitors with a failing location at `at` (an open failing span), each with its latest location change up to
 * `at`: one statement from the `end` index of monitor_failing_spans, which finds no row while every monitor passes,
 * whatever the number of monitors. Request-count monitors have no locations and are left out.
 */
export async function monitorsFailingAt(db: Executor, at: number): Promise<FailingMonitorRow[]> {
  return db
    .selectFrom('monitor_failing_spans as s')
    .innerJoin('monitors as m', 'm.key', 's.monitor_key')
    .innerJoin('monitor_changes as c', 'c.monitor_key', 's.monitor_key')
    .select(['m.service_id', 'm.component_id', 'c.failing', 'c.reporting'])
    .where('s.end', 'is', null)
    .where('s.start', '<=', at)
    .where('m.type', '<>', 'requests')
    .where('c.at', '=', (eb) =>
      eb
        .selectFrom('monitor_changes as l')
        .select((l) => l.fn.max('l.at').as('at'))
        .whereRef('l.monitor_key', '=', 's.monitor_key')
        .where('l.at', '<=', at),
    )
    .execute();
}

/** A request-count monitor whose latest interval up to an instant had failures: what it counts, and that interval. */
export interface FailingRequestsRow {
  service_id: string;
  component_id: string | null;
  start: number;
  end: number;
  total: number;
  failed: number;
}

/**
 * The request-count monitors whose latest interval that began at or after `since` and ended by `at` had failures:
 * one statement from the partial index on failing intervals (migration 0190), which finds nothing while every
 * request succeeds, each row checked against its monitor's latest interval by primary key (a later interval without
 * failures supersedes it).
 */
export async function requestMonitorsFailingAt(db: Executor, since: number, at: number): Promise<FailingRequestsRow[]> {
  return (
    db
      .selectFrom('monitor_request_counts as r')
      .innerJoin('monitors as m', 'm.key', 'r.monitor_key')
      .select(['m.service_id', 'm.component_id', 'r.start', 'r.end', 'r.total', 'r.failed'])
      // A literal, not a parameter: SQLite re-plans at every run a statement whose bound parameter could decide a
      // partial index (monitor_request_counts_failed is `where failed > 0`).
      .where('r.failed', '>', sql.lit(0))
      .where('r.start', '>=', since)
      .where('r.end', '<=', at)
      .where('r.start', '=', (eb) =>
        eb
          .selectFrom('monitor_request_counts as l')
          .select((l) => l.fn.max('l.start').as('start'))
          .whereRef('l.monitor_key', '=', 'r.monitor_key')
          .where('l.end', '<=', at),
      )
      .execute()
  );
}
