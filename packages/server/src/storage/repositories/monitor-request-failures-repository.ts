import { sql } from 'kysely';
import type { Executor } from './executor.js';
import type { RequestCountRow } from './monitor-repository.js';

/**
 * Request counts with failures starting in [from, to), of every monitor: from the partial index of migration 0190, so
 * the read finds nothing while every request succeeds. Only such rows can make a request-count monitor's outage
 * (an interval with no failure impairs nobody).
 */
export async function failedRequestRowsBetween(db: Executor, from: number, to: number): Promise<RequestCountRow[]> {
  return (
    db
      .selectFrom('monitor_request_counts')
      .selectAll()
      // A literal, as in monitor-failing-now-repository.ts: a parameter would have SQLite re-plan it at every run.
      .where('failed', '>', sql.lit(0))
      .where('start', '>=', from)
      .where('start', '<', to)
      .orderBy('monitor_key')
      .orderBy('start')
      .execute()
  );
}
