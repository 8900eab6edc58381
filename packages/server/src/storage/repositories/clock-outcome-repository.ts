import { sql, type SqlBool } from 'kysely';
import type { ClockOutcomeTable } from '../overview-tables.js';
import type { TicketTable } from '../tables.js';
import { compareBytes } from './byte-order.js';
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

/** Stores outcomes as they are, without counting them: the migration that first fills the table uses it. */
export async function insertClockOutcomes(db: Executor, rows: readonly ClockOutcomeRow[]): Promise<void> {
  for (const part of chunks(rows, 400)) await db.insertInto('clock_outcomes').values(part).execute();
}

type CountKey = Pick<ClockOutcomeRow, 'month' | 'contract_id' | 'severity' | 'clock' | 'status'>;
const countKey = (r: CountKey) => [r.month, r.contract_id, r.severity, r.clock, r.status].join('\n');

/**
 * Replaces the outcomes of the given requests (a re-evaluated ticket may have gained or lost a cycle) and keeps
 * their counts: what the rows removed and added change, and only that. The outcomes are read first, and only the
 * requests whose outcomes change are rewritten: most events (a status change, a reply once the first response is
 * met) change none, and deleting and inserting them again with their indexes was a ninth of the server's busy time
 * under SQLite ingestion (CPU profile of bench/server.mjs). PostgreSQL's batch write function does the same
 * (migration 0211).
 */
export async function replaceClockOutcomes(
  db: Executor,
  ticketIds: readonly string[],
  rows: readonly ClockOutcomeRow[],
): Promise<void> {
  const ids = [...new Set(ticketIds)];
  const given = byTicket(rows);
  const stored = new Map<string, ClockOutcomeRow[]>();
  for (const part of chunks(ids, 500))
    for (const [id, outcomes] of byTicket(
      await db.selectFrom('clock_outcomes').selectAll().where('ticket_id', 'in', part).execute(),
    ))
      stored.set(id, outcomes);
  const changed = ids.filter((id) => !sameOutcomes(stored.get(id) ?? [], given.get(id) ?? []));
  if (!changed.length) return;
  const change = new Map<string, CountKey & { by: number }>();
  const count = (r: CountKey, by: number) => {
    const key = countKey(r);
    const entry = change.get(key) ?? { ...pickKey(r), by: 0 };
    entry.by += by;
    change.set(key, entry);
  };
  for (const id of changed) {
    for (const r of stored.get(id) ?? []) count(r, -1);
    for (const r of given.get(id) ?? []) count(r, 1);
  }
  for (const part of chunks(changed, 500))
    await db.deleteFrom('clock_outcomes').where('ticket_id', 'in', part).execute();
  await insertClockOutcomes(
    db,
    changed.flatMap((id) => given.get(id) ?? []),
  );
  // In byte order of their keys, as the batch write function sorts them (`collate "C"`, migration 0211), so two
  // PostgreSQL writers changing the same counts lock them in the same order (no deadlock).
  const counted = [...change.entries()]
    .filter(([, c]) => c.by !== 0)
    .sort(([a], [b]) => compareBytes(a, b))
    .map(([, { by, ...key }]) => ({ ...key, clocks: by }));
  for (const part of chunks(counted, 500))
    await db
      .insertInto('clock_outcome_counts')
      .values(part)
      .onConflict((oc) =>
        oc
          .columns(['month', 'contract_id', 'severity', 'clock', 'status'])
          .doUpdateSet({ clocks: sql`clock_outcome_counts.clocks + excluded.clocks` }),
      )
      .execute();
}

function byTicket(rows: readonly ClockOutcomeRow[]): Map<string, ClockOutcomeRow[]> {
  const map = new Map<string, ClockOutcomeRow[]>();
  for (const r of rows) {
    const list = map.get(r.ticket_id);
    if (list) list.push(r);
    else map.set(r.ticket_id, [r]);
  }
  return map;
}

const OUTCOME_FIELDS = [
  'clock',
  'cycle',
  'customer_id',
  'contract_id',
  'severity',
  'month',
  'opened_at',
  'status',
  'running',
  'due_at',
  'warn_at',
] as const satisfies readonly (keyof ClockOutcomeRow)[];

/** Whether a request's stored outcomes are those given, whatever their order (one per clock and cycle). */
function sameOutcomes(stored: readonly ClockOutcomeRow[], given: readonly ClockOutcomeRow[]): boolean {
  if (stored.length !== given.length) return false;
  const key = (r: ClockOutcomeRow) => `${r.clock}\n${r.cycle}`;
  const byClock = new Map(stored.map((r) => [key(r), r]));
  return given.every((g) => {
    const s = byClock.get(key(g));
    return s !== undefined && OUTCOME_FIELDS.every((f) => s[f] === g[f]);
  });
}

const pickKey = ({ month, contract_id, severity, clock, status }: CountKey): CountKey => ({
  month,
  contract_id,
  severity,
  clock,
  status,
});

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
  return f.customerId === undefined ? countAll(db, f) : countOfCustomer(db, { ...f, customerId: f.customerId });
}

/** PostgreSQL answers count and sum as bigint/numeric strings. */
const numbers = <R extends Record<string, unknown>>(r: R, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, keys.includes(k) ? Number(v) : v])) as R;
const FIGURES = ['clocks', 'met', 'breached', 'running', 'at_risk'];

const atRisk = (now: number, soon: number) =>
  sql<number>`sum(case when status = 'running' and running = 1 and (warn_at <= ${now} or due_at <= ${soon}) then 1 else 0 end)`;

/** One customer's requests are few: their outcomes, grouped (index on month and customer). */
async function countOfCustomer(
  db: Executor,
  f: { months: readonly string[]; customerId: string; now: number; soon: number },
): Promise<OutcomeCount[]> {
  const rows = await db
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
      atRisk(f.now, f.soon).as('at_risk'),
    ])
    .where('month', 'in', [...f.months])
    .where('customer_id', '=', f.customerId)
    .groupBy(['month', 'contract_id', 'severity', 'clock'])
    .execute();
  return rows.map((r) => numbers(r, FIGURES));
}

/**
 * Every customer's: the kept counts (a few rows per contract and month, however many requests), and the at-risk
 * clocks among those still running (found by status), which depend on the time of asking.
 */
async function countAll(
  db: Executor,
  f: { months: readonly string[]; now: number; soon: number },
): Promise<OutcomeCount[]> {
  const counts = await db
    .selectFrom('clock_outcome_counts')
    .select([
      'month',
      'contract_id',
      'severity',
      'clock',
      sql<number>`sum(clocks)`.as('clocks'),
      sql<number>`sum(case when status = 'met' then clocks else 0 end)`.as('met'),
      sql<number>`sum(case when status = 'breached' then clocks else 0 end)`.as('breached'),
      sql<number>`sum(case when status in ('running', 'paused') then clocks else 0 end)`.as('running'),
    ])
    .where('month', 'in', [...f.months])
    .groupBy(['month', 'contract_id', 'severity', 'clock'])
    .having(sql<number>`sum(clocks)`, '>', 0)
    .execute();
  const risks = await db
    .selectFrom('clock_outcomes')
    .select(['month', 'contract_id', 'severity', 'clock', atRisk(f.now, f.soon).as('at_risk')])
    .where('status', '=', 'running')
    .where('month', 'in', [...f.months])
    .groupBy(['month', 'contract_id', 'severity', 'clock'])
    .execute();
  const key = (r: Pick<OutcomeCount, 'month' | 'contract_id' | 'severity' | 'clock'>) =>
    [r.month, r.contract_id, r.severity, r.clock].join('\n');
  const risk = new Map(risks.map((r) => [key(r), Number(r.at_risk)]));
  return counts.map((r) => ({ ...numbers(r, FIGURES), at_risk: risk.get(key(r)) ?? 0 }));
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
