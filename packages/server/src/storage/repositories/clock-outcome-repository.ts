import { sql, type SqlBool } from 'kysely';
import type { ClockOutcomeTable } from '../overview-tables.js';
import type { TicketTable } from '../tables.js';
import { chunks, type Executor } from './executor.js';

export type ClockOutcomeRow = ClockOutcomeTable;

/**
 * The fields of a projection's stored clocks (services/tickets/ticket-json.ts) that the outcomes keep; states
 * stored by earlier versions may lack the optional ones.
 */
interface StoredClock {
  clock?: string;
  cycle?: number;
  severity?: string;
  status: string;
  running?: boolean;
  dueAt?: string | null;
  warnings?: { dueAt: string | null }[];
}

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

/** A request's clock outcomes from its projection's clocks. */
export function clockOutcomesOf(
  ticket: Pick<TicketTable, 'id' | 'customer_id' | 'contract_id' | 'opened_at'>,
  clocks: readonly StoredClock[],
  severity: string | null = null,
): ClockOutcomeRow[] {
  const openedAt = Number(ticket.opened_at);
  const month = new Date(openedAt).toISOString().slice(0, 7);
  // A clock without a name cannot be counted under a metric: none is stored so, but old states are read as found.
  return clocks.flatMap((c) =>
    c.clock === undefined
      ? []
      : [
          {
            ticket_id: ticket.id,
            clock: c.clock,
            cycle: c.cycle ?? 1,
            customer_id: ticket.customer_id,
            contract_id: ticket.contract_id,
            severity: c.severity ?? severity ?? '',
            month,
            opened_at: openedAt,
            status: c.status,
            running: (c.running ?? c.status === 'running') ? 1 : 0,
            due_at: ms(c.dueAt),
            warn_at: (c.warnings ?? []).map((w) => ms(w.dueAt)).find((t) => t !== null) ?? null,
          },
        ],
  );
}

/** Replaces the outcomes of the given requests (a re-evaluated ticket may have gained or lost a cycle). */
export async function replaceClockOutcomes(
  db: Executor,
  ticketIds: readonly string[],
  rows: readonly ClockOutcomeRow[],
): Promise<void> {
  for (const part of chunks([...new Set(ticketIds)], 500))
    await db.deleteFrom('clock_outcomes').where('ticket_id', 'in', part).execute();
  for (const part of chunks(rows, 400)) await db.insertInto('clock_outcomes').values(part).execute();
}

export interface OutcomeCount {
  month: string;
  contract_id: string;
  severity: string;
  clock: string;
  clocks: number;
  met: number;
  breached: number;
  running: number;
  at_risk: number;
}

/**
 * Clock outcomes of the requests received in `months`, counted per month, contract, severity and metric (for one
 * customer when given). At risk: running and not yet breached, with its first warning passed or its deadline
 * before `soon`.
 */
export async function countClockOutcomes(
  db: Executor,
  f: { months: readonly string[]; customerId?: string; now: number; soon: number },
): Promise<OutcomeCount[]> {
  if (!f.months.length) return [];
  let q = db
    .selectFrom('clock_outcomes')
    .select((eb) => [
      'month',
      'contract_id',
      'severity',
      'clock',
      eb.fn.countAll<number>().as('clocks'),
      sql<number>`sum(case when status = 'met' then 1 else 0 end)`.as('met'),
      sql<number>`sum(case when status = 'breached' then 1 else 0 end)`.as('breached'),
      sql<number>`sum(case when status in ('running', 'paused') then 1 else 0 end)`.as('running'),
      sql<number>`sum(case when status = 'running' and running = 1 and (warn_at <= ${f.now} or due_at <= ${f.soon}) then 1 else 0 end)`.as(
        'at_risk',
      ),
    ])
    .where('month', 'in', [...f.months])
    .groupBy(['month', 'contract_id', 'severity', 'clock']);
  if (f.customerId !== undefined) q = q.where('customer_id', '=', f.customerId);
  const rows = await q.execute();
  // PostgreSQL answers count and sum as bigint/numeric strings.
  return rows.map((r) => ({
    ...r,
    clocks: Number(r.clocks),
    met: Number(r.met),
    breached: Number(r.breached),
    running: Number(r.running),
    at_risk: Number(r.at_risk),
  }));
}

/** Every projection with its ticket, a page at a time in ticket id order (to derive the outcomes afresh). */
export async function projectionsAfter(
  db: Executor,
  after: string,
  limit: number,
): Promise<{ id: string; customer_id: string; contract_id: string; opened_at: number; state: string }[]> {
  return db
    .selectFrom('tickets')
    .innerJoin('clock_projections', 'clock_projections.ticket_id', 'tickets.id')
    .select([
      'tickets.id',
      'tickets.customer_id',
      'tickets.contract_id',
      'tickets.opened_at',
      'clock_projections.state',
    ])
    .where(sql<SqlBool>`tickets.id > ${after}`)
    .orderBy('tickets.id')
    .limit(limit)
    .execute();
}
