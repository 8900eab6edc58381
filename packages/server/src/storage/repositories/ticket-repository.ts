import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ClockProjectionTable, TicketTable } from '../tables.js';
import { AUDIT_CHAIN_LOCK } from './audit-repository.js';
import type { AssignmentRow } from './contract-repository.js';
import { inByteOrder } from './byte-order.js';
import { chunks, isPostgres, type Executor } from './executor.js';
import { jsonDocument, literal } from '../pg-batch-transaction.js';

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

/*
 * The statements every ticket write runs (find, read its events, append, save its projection) are written as
 * templates: Kysely's query builder costs about three times as much per statement as a template, which on the
 * write path of every event was a tenth of the server's time (measured with bench/server.mjs).
 */

/** Replaces a ticket's request fields (a JSON object of strings). */
export async function setTicketFields(db: Executor, id: string, fields: string): Promise<void> {
  await db.updateTable('tickets').set({ fields }).where('id', '=', id).execute();
}

export async function findTicket(db: Executor, id: string): Promise<TicketRow | undefined> {
  return (await sql<TicketRow>`select * from tickets where id = ${id}`.execute(db)).rows[0];
}

export type TicketForWrite = TicketRow & {
  timer_at: number | null;
  last_seq: number | null;
  /** PostgreSQL: the customer's assignment of the ticket's contract, read with it (null: none). */
  assignment?: AssignmentRow | null;
};

export interface TicketsForWrite {
  tickets: Map<string, TicketForWrite>;
  /** PostgreSQL, when an audit chain was asked for: the chain now locked, and its last hash (null: it is empty). */
  auditChain?: { chain: number; head: string | null };
}

/**
 * Tickets about to be written to, by id, locked for the rest of the transaction on PostgreSQL in id order (see
 * `lockTickets`), each with the instant its timer is queued for (its projection's `next_due_at`), so that an
 * unchanged timer is not queued again, and the sequence number of its last event (its projection's `last_seq`).
 *
 * PostgreSQL: one round trip (storage/migrations/0140-ticket-write-lock.ts) that also reads each ticket's
 * assignment and, given `auditChain` (the preferred chain and how many there are), locks an audit chain and reads
 * its last hash. The reads come after the locks are granted, so they see what the last writer committed. SQLite has
 * one writer at a time, and its write transaction reads what is committed.
 */
export async function findTicketsForWrite(
  db: Executor,
  ids: readonly string[],
  auditChain?: { preferred: number; chains: number },
): Promise<TicketsForWrite> {
  const unique = [...new Set(ids)].sort();
  if (isPostgres(db)) {
    const { rows } = await sql<LockedRow>`select surety_lock_tickets_for_write(${unique}::text[],
      ${auditChain?.preferred ?? 0}::integer, ${auditChain?.chains ?? null}::integer,
      ${AUDIT_CHAIN_LOCK}::integer) as locked`.execute(db);
    return ticketsLockedForWrite(rows);
  }
  const tickets = new Map<string, TicketForWrite>();
  for (const part of chunks(unique)) {
    const { rows } =
      await sql<TicketForWrite>`select t.*, p.next_due_at as timer_at, p.last_seq as last_seq from tickets t
      left join clock_projections p on p.ticket_id = t.id where t.id in (${sql.join(part)})`.execute(db);
    for (const r of rows) tickets.set(r.id, r);
  }
  return { tickets };
}

/** What the lock function answers (storage/migrations/0140-ticket-write-lock.ts). */
export interface LockedRow {
  locked: { tickets: TicketForWrite[]; chain: number | null; head: string | null };
}

/**
 * PostgreSQL: `findTicketsForWrite`'s statement with its values as literals, to begin a batch transaction with
 * (storage/pg-batch-transaction.ts); `ticketsLockedForWrite` reads its answer.
 */
export function ticketsForWriteStatement(
  ids: readonly string[],
  auditChain: { preferred: number; chains: number },
): string {
  const unique = [...new Set(ids)].sort();
  const int = (n: number) => String(Math.trunc(n));
  return `select surety_lock_tickets_for_write(array(select jsonb_array_elements_text(${literal(jsonDocument(unique))}::jsonb)),
    ${int(auditChain.preferred)}, ${int(auditChain.chains)}, ${int(AUDIT_CHAIN_LOCK)}) as locked`;
}

export function ticketsLockedForWrite(rows: readonly LockedRow[]): TicketsForWrite {
  const locked = rows[0]!.locked;
  const tickets = new Map<string, TicketForWrite>();
  for (const t of locked.tickets) tickets.set(t.id, t);
  return { tickets, ...(locked.chain === null ? {} : { auditChain: { chain: locked.chain, head: locked.head } }) };
}

export async function findTickets(db: Executor, ids: readonly string[]): Promise<TicketRow[]> {
  const rows: TicketRow[] = [];
  for (const part of chunks(ids))
    rows.push(...(await db.selectFrom('tickets').selectAll().where('id', 'in', part).execute()));
  return rows;
}

/**
 * Locks tickets for the rest of the transaction (PostgreSQL), in byte order of their ids (byte-order.ts), so that
 * two writers never wait on each other: events are numbered and clocks re-derived by one writer per ticket at a
 * time. Every locker of tickets takes them in this order, whatever the database's collation: the chunks here, each
 * chunk's statement, `setContractVersion` and the batch write's lock function (migration 0210).
 */
export async function lockTickets(db: Executor, ids: readonly string[]): Promise<void> {
  if (!isPostgres(db) || !ids.length) return;
  for (const part of chunks(inByteOrder(ids)))
    await sql`select id from tickets where id in (${sql.join(part)}) order by id collate "C" for update`.execute(db);
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

/**
 * Where a request stands, for lists: its phase as the engine derives it (open, resolved, closed), and `paused`
 * for an open request none of whose clocks is running while at least one is paused (its status is one the
 * contract pauses on). Read from the projection's JSON, which both backends can query.
 */
export type TicketStanding = 'open' | 'paused' | 'resolved' | 'closed';

export interface TicketListFilter {
  customerId?: string;
  standing?: TicketStanding;
  /** The current severity. */
  severity?: string;
  /** Opened in [openedFrom, openedTo). */
  openedFrom?: number;
  openedTo?: number;
  after?: string;
  limit: number;
}

export interface TicketSummaryRow {
  id: string;
  customer_id: string;
  contract_id: string;
  opened_at: number;
  severity: string | null;
  standing: TicketStanding | null;
}

/** A field of the projection's JSON state. */
function stateField(db: Executor, field: 'phase' | 'severity') {
  return isPostgres(db)
    ? sql<string | null>`(clock_projections.state::jsonb ->> ${sql.lit(field)})`
    : sql<string | null>`json_extract(clock_projections.state, ${sql.lit(`$.${field}`)})`;
}

/** Whether any of the projection's clocks has this status. */
function anyClock(db: Executor, status: 'running' | 'paused'): RawBuilder<SqlBool> {
  return isPostgres(db)
    ? sql<SqlBool>`exists (select 1 from jsonb_array_elements(coalesce(clock_projections.state::jsonb -> 'clocks', '[]'::jsonb)) as c(v) where c.v ->> 'status' = ${sql.lit(status)})`
    : sql<SqlBool>`exists (select 1 from json_each(clock_projections.state, '$.clocks') as c where json_extract(c.value, '$.status') = ${sql.lit(status)})`;
}

/** Requests ordered by id, with where each stands; filtered in the database so that pages stay full. */
export async function listTicketSummaries(db: Executor, f: TicketListFilter): Promise<TicketSummaryRow[]> {
  const phase = stateField(db, 'phase');
  const severity = stateField(db, 'severity');
  let q = db
    .selectFrom('tickets')
    .leftJoin('clock_projections', 'clock_projections.ticket_id', 'tickets.id')
    .select(['tickets.id', 'tickets.customer_id', 'tickets.contract_id', 'tickets.opened_at'])
    .select([
      phase.as('phase'),
      severity.as('severity'),
      anyClock(db, 'running').as('running'),
      anyClock(db, 'paused').as('paused'),
    ])
    .orderBy('tickets.id')
    .limit(f.limit);
  if (f.customerId !== undefined) q = q.where('tickets.customer_id', '=', f.customerId);
  if (f.after !== undefined) q = q.where('tickets.id', '>', f.after);
  if (f.openedFrom !== undefined) q = q.where('tickets.opened_at', '>=', f.openedFrom);
  if (f.openedTo !== undefined) q = q.where('tickets.opened_at', '<', f.openedTo);
  if (f.severity !== undefined) q = q.where(severity, '=', f.severity);
  if (f.standing === 'resolved' || f.standing === 'closed') q = q.where(phase, '=', f.standing);
  // Paused: at least one clock paused and none running.
  const idle = sql<SqlBool>`(${anyClock(db, 'paused')} and not ${anyClock(db, 'running')})`;
  if (f.standing === 'paused') q = q.where(phase, '=', 'open').where(idle);
  if (f.standing === 'open') q = q.where(phase, '=', 'open').where(sql<SqlBool>`not ${idle}`);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    customer_id: r.customer_id,
    contract_id: r.contract_id,
    opened_at: r.opened_at,
    severity: r.severity,
    standing:
      r.phase === 'open'
        ? Boolean(r.paused) && !r.running
          ? 'paused'
          : 'open'
        : ((r.phase as TicketStanding | null) ?? null),
  }));
}

/** Appends events whose sequence numbers the caller took under the tickets' locks. */
export async function insertTicketEvents(db: Executor, rows: readonly TicketEventRow[]): Promise<void> {
  for (const part of chunks(rows, 500)) {
    const values = part.map((r) => sql`(${r.ticket_id}, ${r.seq}, ${r.type}, ${r.at}, ${r.received_at}, ${r.payload})`);
    await sql`insert into ticket_events (ticket_id, seq, type, at, received_at, payload) values ${sql.join(values)}`.execute(
      db,
    );
  }
}

/** Every event of each ticket, in order. */
export async function eventsOfTickets(db: Executor, ids: readonly string[]): Promise<Map<string, TicketEventRow[]>> {
  const byTicket = new Map<string, TicketEventRow[]>(ids.map((id) => [id, []]));
  for (const part of chunks([...new Set(ids)])) {
    const { rows } = await sql<TicketEventRow>`select ticket_id, seq, type, at, received_at, payload from ticket_events
      where ticket_id in (${sql.join(part)}) order by ticket_id, seq`.execute(db);
    for (const r of rows) byTicket.get(r.ticket_id)!.push(r);
  }
  return byTicket;
}

export async function ticketEvents(db: Executor, ticketId: string): Promise<TicketEventRow[]> {
  return db
    .selectFrom('ticket_events')
    .select(['ticket_id', 'seq', 'type', 'at', 'received_at', 'payload'])
    .where('ticket_id', '=', ticketId)
    .orderBy('seq')
    .execute();
}

export async function saveProjections(db: Executor, rows: readonly ClockProjectionRow[]): Promise<void> {
  for (const part of chunks(rows, 500)) {
    const values = part.map(
      (r) => sql`(${r.ticket_id}, ${r.last_seq}, ${r.state}, ${r.next_due_at}, ${r.overdue_since}, ${r.updated_at})`,
    );
    await sql`insert into clock_projections (ticket_id, last_seq, state, next_due_at, overdue_since, updated_at)
      values ${sql.join(values)}
      on conflict (ticket_id) do update set last_seq = excluded.last_seq, state = excluded.state,
      next_due_at = excluded.next_due_at, overdue_since = excluded.overdue_since, updated_at = excluded.updated_at`.execute(
      db,
    );
  }
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

/** The earliest stored timer instant (after `after`, when given), or null when there is none. */
export async function nextDueInstant(db: Executor, after?: number): Promise<number | null> {
  let q = db.selectFrom('clock_projections').select((eb) => eb.fn.min('next_due_at').as('next'));
  if (after !== undefined) q = q.where('next_due_at', '>', after);
  const row = await q.executeTakeFirst();
  return row?.next === null || row?.next === undefined ? null : Number(row.next);
}

/**
 * The projection states of a customer's tickets under a contract opened in [from, to), a page at a time in the
 * order of the (customer, opened_at) index; `after` is the previous page's last (opened_at, id).
 */
export async function statesOpenedIn(
  db: Executor,
  f: { customerId: string; contractId: string; from: number; to: number; after?: [number, string]; limit: number },
): Promise<{ id: string; opened_at: number; state: string }[]> {
  let q = db
    .selectFrom('tickets')
    .innerJoin('clock_projections', 'clock_projections.ticket_id', 'tickets.id')
    .select(['tickets.id', 'tickets.opened_at', 'clock_projections.state'])
    .where('tickets.customer_id', '=', f.customerId)
    .where('tickets.contract_id', '=', f.contractId)
    .where('tickets.opened_at', '>=', f.after?.[0] ?? f.from)
    .where('tickets.opened_at', '<', f.to)
    .orderBy('tickets.opened_at')
    .orderBy('tickets.id')
    .limit(f.limit);
  if (f.after) {
    const [at, id] = f.after;
    q = q.where(sql<SqlBool>`(tickets.opened_at > ${at} or tickets.id > ${id})`);
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, opened_at: Number(r.opened_at) }));
}

/** The ids of a customer's tickets under a contract, in id order. */
export async function ticketIdsUnder(db: Executor, customerId: string, contractId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('tickets')
    .select('id')
    .where('customer_id', '=', customerId)
    .where('contract_id', '=', contractId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Tickets by id (in id order), each with its projection's state and the instant its timer is queued for. */
export async function ticketsWithProjections(
  db: Executor,
  ids: readonly string[],
): Promise<{ ticket: TicketRow; state: string; timerAt: number | null }[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('tickets')
    .innerJoin('clock_projections', 'clock_projections.ticket_id', 'tickets.id')
    .selectAll('tickets')
    .select(['clock_projections.state', 'clock_projections.next_due_at'])
    .where('tickets.id', 'in', ids)
    .orderBy('tickets.id')
    .execute();
  return rows.map(({ state, next_due_at, ...ticket }) => ({
    ticket,
    state,
    timerAt: next_due_at === null ? null : Number(next_due_at),
  }));
}

/** Moves tickets to a contract version, locking them (in byte order, as `lockTickets` does) in the same statement. */
export async function setContractVersion(db: Executor, ids: readonly string[], version: number): Promise<void> {
  for (const part of chunks(inByteOrder(ids))) {
    const locked = isPostgres(db)
      ? sql`select id from tickets where id in (${sql.join(part)}) order by id collate "C" for update`
      : sql.join(part);
    await sql`update tickets set contract_version = ${version} where id in (${locked})`.execute(db);
  }
}
