import { clockQueue, type ClockQueueRow } from '../../storage/repositories/clock-queue-repository.js';
import { contractsFor } from '../contracts/compiled-contracts.js';
import { decodeCursor, encodeCursor, foreignCursor, type Page } from '../core/page-cursor.js';
import type { ServiceContext } from '../core/service-context.js';
import { storedInstant, wireInstant } from '../core/instants.js';

export interface ClockQueueQuery {
  customerId?: string;
  severity?: string;
  /** Only requests whose next warning or deadline falls before this instant (epoch ms); overdue ones did. */
  before?: number;
  /** Only the overdue requests (true), or only the others (false); both when absent, the overdue first. */
  overdue?: boolean;
  cursor?: string;
  limit: number;
}

export interface QueueClock {
  clock: string;
  cycle: number;
  status: 'running' | 'paused' | 'breached';
  /** The deadline (ISO): when it falls, or fell for a breached clock; null while paused. */
  dueAt: string | null;
  /** Business time left as of the response (negative once past the deadline). */
  remainingMs: number;
}

export interface ClockQueueItem {
  id: string;
  customerId: string;
  contractId: string;
  severity: string | null;
  /** The ticket's status, as last recorded (`open`, `waiting_on_customer`, …). */
  status: string | null;
  /** When its earliest deadline still unmet passed; null when nothing is overdue. */
  overdueSince: string | null;
  /** The instant of the next warning or deadline; null when nothing more falls due (an overdue request). */
  nextAt: string | null;
  /** What falls due at `nextAt`; null when nothing does. */
  next: { clock: string; cycle: number; kind: 'warning' | 'deadline' } | null;
  clocks: QueueClock[];
}

/** The projection's JSON state, as services/tickets/ticket-json.ts writes it (the fields read here). */
interface StoredState {
  severity?: string | null;
  status?: string | null;
  clocks?: {
    clock: string;
    cycle: number;
    status: string;
    /** Absent from states saved before clocks said so: then a running status is what runs. */
    running?: boolean;
    stoppedAt?: string | null;
    metAt: string | null;
    calendar: string;
    dueAt: string | null;
    warnings: { at: string; dueAt: string | null }[];
    remainingMs: number;
  }[];
}

/** The two parts of the queue, in order, as the cursor names them. */
const PARTS = ['overdue', 'upcoming'] as const;
type Part = (typeof PARTS)[number];

/**
 * The live clock queue a support lead watches: first the overdue requests (a deadline passed and unmet, the
 * longest overdue first), then those with a warning or deadline still to fall due, the soonest first (ties by
 * ticket id). A customer contact sees its own customer's requests only, whatever it asks. Running clocks'
 * remaining time is brought up to the response instant in each clock's business calendar: the projection is only
 * re-derived when something happens to the ticket or a timer fires.
 */
export async function listClockQueue(ctx: ServiceContext, query: ClockQueueQuery): Promise<Page<ClockQueueItem>> {
  const customerId = ctx.principal.role === 'customer' ? ctx.principal.customerId : query.customerId;
  const after = decodeCursor<[string, number, string]>(query.cursor, ['string', 'number', 'string']);
  const from = after ? PARTS.indexOf(after[0] as Part) : 0;
  if (from < 0) throw foreignCursor();
  const parts = PARTS.filter(
    (part, i) => i >= from && (query.overdue === undefined || query.overdue === (part === 'overdue')),
  );
  const rows: { part: Part; row: ClockQueueRow }[] = [];
  for (const part of parts) {
    const overdue = part === 'overdue';
    const found = await clockQueue(ctx.db, {
      overdue,
      customerId,
      severity: query.severity,
      // A stored next_due_at is the instant due + 1 ms: due before `before` means stored at most `before`; an
      // overdue_since is the instant itself.
      dueUntil: query.before === undefined ? undefined : overdue ? query.before - 1 : query.before,
      after: after && after[0] === part ? [after[1], after[2]] : undefined,
      limit: query.limit + 1 - rows.length,
    });
    rows.push(...found.map((row) => ({ part, row })));
    if (rows.length > query.limit) break;
  }
  const kept = rows.slice(0, query.limit);
  const contracts = await contractsFor(
    ctx.db,
    kept.map((k) => k.row),
  );
  const now = ctx.now();
  const last = kept.at(-1);
  return {
    items: kept.map(({ row }, i) => itemOf(row, (name) => contracts[i]!.calendars.get(name), now)),
    next:
      rows.length > query.limit && last
        ? encodeCursor([
            last.part,
            (last.part === 'overdue' ? last.row.overdue_since : last.row.next_due_at)!,
            last.row.ticket_id,
          ])
        : null,
  };
}

type CalendarOf = (name: string) => { between(a: number, b: number): number } | undefined;

function itemOf(row: ClockQueueRow, calendarOf: CalendarOf, now: number): ClockQueueItem {
  const state = JSON.parse(row.state) as StoredState;
  const clocks = state.clocks ?? [];
  const nextAt = row.next_due_at === null ? null : row.next_due_at - 1;
  return {
    id: row.ticket_id,
    customerId: row.customer_id,
    contractId: row.contract_id,
    severity: state.severity ?? null,
    status: state.status ?? null,
    overdueSince: row.overdue_since === null ? null : wireInstant(row.overdue_since),
    nextAt: nextAt === null ? null : wireInstant(nextAt),
    next: nextAt === null ? null : fallingDue(clocks, nextAt),
    clocks: clocks
      .filter(
        (c) => c.status === 'running' || c.status === 'paused' || (c.status === 'breached' && !c.metAt && !c.stoppedAt),
      )
      .map((c) => {
        let remainingMs = c.remainingMs;
        const running = c.running ?? c.status === 'running';
        const calendar = running && now > row.updated_at ? calendarOf(c.calendar) : undefined;
        if (calendar) remainingMs -= calendar.between(row.updated_at, now);
        return {
          clock: c.clock,
          cycle: c.cycle,
          status: c.status as QueueClock['status'],
          dueAt: storedInstant(c.dueAt),
          remainingMs,
        };
      }),
  };
}

/**
 * What falls due at `at`: a running clock's deadline, or a warning of a clock still measured (a deadline before a
 * warning at the same instant, as it is the graver).
 */
function fallingDue(clocks: NonNullable<StoredState['clocks']>, at: number): ClockQueueItem['next'] {
  const is = (iso: string | null) => iso !== null && Date.parse(iso) === at;
  const deadline = clocks.find((c) => c.status === 'running' && is(c.dueAt));
  if (deadline) return { clock: deadline.clock, cycle: deadline.cycle, kind: 'deadline' };
  const warned = clocks.find(
    (c) => (c.status === 'running' || c.status === 'breached') && c.warnings.some((w) => is(w.dueAt)),
  );
  return warned ? { clock: warned.clock, cycle: warned.cycle, kind: 'warning' } : null;
}
