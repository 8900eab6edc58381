import { sql, type SqlBool } from 'kysely';
import { isPostgres, type Executor } from './executor.js';

/**
 * The live clock queue. Worked by deadline, it comes in two parts. Overdue: open tickets with a deadline passed and
 * unmet, the longest overdue first (the projection's `overdue_since`). Upcoming: the other tickets with a pending
 * timer (a warning or deadline still to fall due), soonest first (`next_due_at`). Worked by receipt (first in,
 * first out, as SecurEnvoy handles its requests), it is one part: every ticket in either of the others, the
 * earliest opened first. Each part is read in the order of its index, with the ticket id breaking ties, so a page
 * costs the rows it returns, not the open tickets there are.
 */
export type ClockQueuePart = 'overdue' | 'upcoming' | 'receipt';

export interface ClockQueueFilter {
  /** Which part: ordered by `overdue_since`, by `next_due_at`, or by the ticket's `opened_at`. */
  part: ClockQueuePart;
  /** In the receipt part: only the overdue tickets (true) or only the others (false); both when absent. */
  overdue?: boolean;
  customerId?: string;
  contractId?: string;
  /** The current severity (the projection's `severity`). */
  severity?: string;
  /** Only the requests assigned to this user, or (null) only those assigned to no one. */
  assigneeId?: string | null;
  /**
   * Only rows whose order key is at most this (a stored `next_due_at` is the instant due + 1 ms); in the receipt
   * part, the overdue rows and those whose `next_due_at` is at most this.
   */
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
  opened_at: number;
  next_due_at: number | null;
  overdue_since: number | null;
  state: string;
  updated_at: number;
  /** Who at the provider the request is assigned to; null when no one. */
  assignee_id: string | null;
}

/** The projection's current severity, from its JSON state (both backends store it as text). */
function severityOf(db: Executor) {
  return isPostgres(db)
    ? sql<string | null>`(clock_projections.state::jsonb ->> 'severity')`
    : sql<string | null>`json_extract(clock_projections.state, '$.severity')`;
}

/** The queue's statement for one part (exported so that a test can ask the database how it plans it). */
const ORDER_KEY = {
  overdue: 'clock_projections.overdue_since',
  upcoming: 'clock_projections.next_due_at',
  receipt: 'tickets.opened_at',
} as const;

export function clockQueueQuery(db: Executor, f: ClockQueueFilter) {
  const key = ORDER_KEY[f.part];
  // The tie-breaker is the ticket id of the table the order key comes from, so that one index serves both.
  const tie = f.part === 'receipt' ? 'tickets.id' : 'clock_projections.ticket_id';
  let q = db
    .selectFrom('clock_projections')
    .innerJoin('tickets', 'tickets.id', 'clock_projections.ticket_id')
    .leftJoin('ticket_assignees', 'ticket_assignees.ticket_id', 'clock_projections.ticket_id')
    .select([
      'clock_projections.ticket_id',
      'tickets.customer_id',
      'tickets.contract_id',
      'tickets.contract_version',
      'tickets.opened_at',
      'clock_projections.next_due_at',
      'clock_projections.overdue_since',
      'clock_projections.state',
      'clock_projections.updated_at',
      'ticket_assignees.user_id as assignee_id',
    ])
    .orderBy(key)
    .orderBy(tie)
    .limit(f.limit);
  if (f.part === 'overdue') q = q.where(key, 'is not', null);
  if (f.part === 'upcoming') q = q.where(key, 'is not', null).where('clock_projections.overdue_since', 'is', null);
  if (f.part === 'receipt') {
    q = q.where((eb) =>
      eb.or([
        eb('clock_projections.overdue_since', 'is not', null),
        eb('clock_projections.next_due_at', 'is not', null),
      ]),
    );
    if (f.overdue !== undefined) q = q.where('clock_projections.overdue_since', f.overdue ? 'is not' : 'is', null);
  }
  if (f.dueUntil !== undefined) {
    const { dueUntil } = f;
    q =
      f.part === 'receipt'
        ? q.where((eb) =>
            eb.or([
              eb('clock_projections.overdue_since', 'is not', null),
              eb('clock_projections.next_due_at', '<=', dueUntil),
            ]),
          )
        : q.where(key, '<=', dueUntil);
  }
  if (f.after !== undefined) {
    const [due, id] = f.after;
    // The first condition alone is what the index seeks on; the second skips the ties already handed out.
    q = q.where(key, '>=', due).where(sql<SqlBool>`(${sql.ref(key)} > ${due} or ${sql.ref(tie)} > ${id})`);
  }
  if (f.customerId !== undefined) q = q.where('tickets.customer_id', '=', f.customerId);
  if (f.contractId !== undefined) q = q.where('tickets.contract_id', '=', f.contractId);
  if (f.severity !== undefined) q = q.where(severityOf(db), '=', f.severity);
  if (f.assigneeId !== undefined)
    q = q.where('ticket_assignees.user_id', f.assigneeId === null ? 'is' : '=', f.assigneeId);
  return q;
}

export async function clockQueue(db: Executor, f: ClockQueueFilter): Promise<ClockQueueRow[]> {
  const rows = await clockQueueQuery(db, f).execute();
  const instant = (t: number | null) => (t === null ? null : Number(t));
  return rows.map((r) => ({
    ...r,
    opened_at: Number(r.opened_at),
    next_due_at: instant(r.next_due_at),
    overdue_since: instant(r.overdue_since),
  }));
}
