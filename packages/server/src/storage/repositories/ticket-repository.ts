import type { ClockProjectionTable, TicketTable } from '../tables.js';
import type { Executor } from './executor.js';

export type TicketRow = TicketTable;
export type ClockProjectionRow = ClockProjectionTable;
export interface TicketEventRow {
  ticket_id: string;
  seq: number;
  type: string;
  at: number;
  received_at: number;
  payload: string;
}

export async function insertTicket(db: Executor, row: TicketRow): Promise<void> {
  await db.insertInto('tickets').values(row).execute();
}

export async function findTicket(db: Executor, id: string): Promise<TicketRow | undefined> {
  return db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listTickets(
  db: Executor,
  filter: { customerId?: string; after?: string; limit: number },
): Promise<TicketRow[]> {
  let q = db.selectFrom('tickets').selectAll().orderBy('id').limit(filter.limit);
  if (filter.customerId !== undefined) q = q.where('customer_id', '=', filter.customerId);
  if (filter.after !== undefined) q = q.where('id', '>', filter.after);
  return q.execute();
}

/** Appends an event with the next sequence number; the (ticket, seq) key refuses a concurrent duplicate. */
export async function appendTicketEvent(db: Executor, row: Omit<TicketEventRow, 'seq'>): Promise<number> {
  const last = await db
    .selectFrom('ticket_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('ticket_id', '=', row.ticket_id)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('ticket_events')
    .values({ ...row, seq })
    .execute();
  return seq;
}

export async function ticketEvents(db: Executor, ticketId: string): Promise<TicketEventRow[]> {
  return db
    .selectFrom('ticket_events')
    .select(['ticket_id', 'seq', 'type', 'at', 'received_at', 'payload'])
    .where('ticket_id', '=', ticketId)
    .orderBy('seq')
    .execute();
}

export async function saveProjection(db: Executor, row: ClockProjectionRow): Promise<void> {
  await db
    .insertInto('clock_projections')
    .values(row)
    .onConflict((oc) =>
      oc.column('ticket_id').doUpdateSet({
        last_seq: row.last_seq,
        state: row.state,
        next_due_at: row.next_due_at,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function findProjection(db: Executor, ticketId: string): Promise<ClockProjectionRow | undefined> {
  return db.selectFrom('clock_projections').selectAll().where('ticket_id', '=', ticketId).executeTakeFirst();
}

/** Projections whose next warning or deadline falls due at or before `until`, earliest first. */
export async function dueProjections(db: Executor, until: number, limit: number): Promise<ClockProjectionRow[]> {
  return db
    .selectFrom('clock_projections')
    .selectAll()
    .where('next_due_at', 'is not', null)
    .where('next_due_at', '<=', until)
    .orderBy('next_due_at')
    .limit(limit)
    .execute();
}

export async function nextDueInstant(db: Executor): Promise<number | null> {
  const row = await db
    .selectFrom('clock_projections')
    .select((eb) => eb.fn.min('next_due_at').as('next'))
    .executeTakeFirst();
  return row?.next === null || row?.next === undefined ? null : Number(row.next);
}
