import { sql, type SqlBool } from 'kysely';
import { isPostgres, type Executor } from './executor.js';

/**
 * The live clock queue, in two parts. Overdue: open tickets with a deadline passed and unmet, the longest overdue
 * first (the projection's `overdue_since`). Upcoming: the other tickets with a pending timer (a warning or deadline
 * still to fall due), soonest first (`next_due_at`). Each part is read in the order of its index, with the ticket
 * id breaking ties, so a page costs the rows it returns, not the open tickets there are.
 */
export interface ClockQueueFilter {
  /** Which part: ordered by `overdue_since` (true) or by `next_due_at` (false). */
  overdue: boolean;
  customerId?: string;
  /** The current severity (the projection's `severity`). */
  severity?: string;
  /** Only rows whose order key is at most this (a stored `next_due_at` is the instant due + 1 ms). */
  dueUntil?: number;
  /** Keyset: rows after this (order key, ticket_id). */
  after?: readonly [number, string];
  limit: number;
}

export interface ClockQueueRow {
  ticket_id: string;
  customer_id: string;
  contract_id: string;
  contract_version: number;
  next_due_at: number | null;
  overdue_since: number | null;
  state: string;
  updated_at: number;
}

/** The projection's current severity, from its JSON state (both backends store it as text). */
function severityOf(db: Executor) {
  return isPostgres(db)
    ? sql<string | null>`(clock_projections.state::jsonb ->> 'severity')`
    : sql<string | null>`json_extract(clock_projections.state, '$.severity')`;
}

/** The queue's statement for one part (exported so that a test can ask the database how it plans it). */
export function clockQueueQuery(db: Executor, f: ClockQueueFilter) {
  const key = f.overdue ? 'clock_projections.overdue_since' : 'clock_projections.next_due_at';
  let q = db
    .selectFrom('clock_projections')
    .innerJoin('tickets', 'tickets.id', 'clock_projections.ticket_id')
    .select([
      'clock_projections.ticket_id',
      'tickets.customer_id',
      'tickets.contract_id',
      'tickets.contract_version',
      'clock_projections.next_due_at',
      'clock_projections.overdue_since',
      'clock_projections.state',
      'clock_projections.updated_at',
    ])
    .where(key, 'is not', null)
    .orderBy(key)
    .orderBy('clock_projections.ticket_id')
    .limit(f.limit);
  if (!f.overdue) q = q.where('clock_projections.overdue_since', 'is', null);
  if (f.dueUntil !== undefined) q = q.where(key, '<=', f.dueUntil);
  if (f.after !== undefined) {
    const [due, id] = f.after;
    // The first condition alone is what the index seeks on; the second skips the ties already handed out.
    q = q.where(key, '>=', due).where(sql<SqlBool>`(${sql.ref(key)} > ${due} or clock_projections.ticket_id > ${id})`);
  }
  if (f.customerId !== undefined) q = q.where('tickets.customer_id', '=', f.customerId);
  if (f.severity !== undefined) q = q.where(severityOf(db), '=', f.severity);
  return q;
}

export async function clockQueue(db: Executor, f: ClockQueueFilter): Promise<ClockQueueRow[]> {
  const rows = await clockQueueQuery(db, f).execute();
  const instant = (t: number | null) => (t === null ? null : Number(t));
  return rows.map((r) => ({ ...r, next_due_at: instant(r.next_due_at), overdue_since: instant(r.overdue_since) }));
}
