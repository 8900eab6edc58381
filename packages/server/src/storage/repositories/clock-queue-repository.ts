import { sql, type SqlBool } from 'kysely';
import { isPostgres, type Executor } from './executor.js';

/**
 * The live clock queue: tickets with a pending timer (a warning or deadline still to fall due), soonest first.
 * Read from `clock_projections` in the order of its `next_due_at` index, with the ticket id breaking ties, so a
 * page costs the rows it returns, not the open tickets there are.
 */
export interface ClockQueueFilter {
  customerId?: string;
  /** The current severity (the projection's `severity`). */
  severity?: string;
  /** Only rows whose `next_due_at` is at most this (the stored value is the instant due + 1 ms). */
  dueUntil?: number;
  /** Keyset: rows after this (next_due_at, ticket_id). */
  after?: readonly [number, string];
  limit: number;
}

export interface ClockQueueRow {
  ticket_id: string;
  customer_id: string;
  contract_id: string;
  contract_version: number;
  next_due_at: number;
  state: string;
  updated_at: number;
}

/** The projection's current severity, from its JSON state (both backends store it as text). */
function severityOf(db: Executor) {
  return isPostgres(db)
    ? sql<string | null>`(clock_projections.state::jsonb ->> 'severity')`
    : sql<string | null>`json_extract(clock_projections.state, '$.severity')`;
}

/** The queue's statement (exported so that a test can ask the database how it plans it). */
export function clockQueueQuery(db: Executor, f: ClockQueueFilter) {
  let q = db
    .selectFrom('clock_projections')
    .innerJoin('tickets', 'tickets.id', 'clock_projections.ticket_id')
    .select([
      'clock_projections.ticket_id',
      'tickets.customer_id',
      'tickets.contract_id',
      'tickets.contract_version',
      'clock_projections.next_due_at',
      'clock_projections.state',
      'clock_projections.updated_at',
    ])
    .where('clock_projections.next_due_at', 'is not', null)
    .orderBy('clock_projections.next_due_at')
    .orderBy('clock_projections.ticket_id')
    .limit(f.limit);
  if (f.dueUntil !== undefined) q = q.where('clock_projections.next_due_at', '<=', f.dueUntil);
  if (f.after !== undefined) {
    const [due, id] = f.after;
    // The first condition alone is what the index seeks on; the second skips the ties already handed out.
    q = q
      .where('clock_projections.next_due_at', '>=', due)
      .where(sql<SqlBool>`(clock_projections.next_due_at > ${due} or clock_projections.ticket_id > ${id})`);
  }
  if (f.customerId !== undefined) q = q.where('tickets.customer_id', '=', f.customerId);
  if (f.severity !== undefined) q = q.where(severityOf(db), '=', f.severity);
  return q;
}

export async function clockQueue(db: Executor, f: ClockQueueFilter): Promise<ClockQueueRow[]> {
  const rows = await clockQueueQuery(db, f).execute();
  return rows.map((r) => ({ ...r, next_due_at: Number(r.next_due_at) }));
}
