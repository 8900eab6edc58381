import type { CompiledContract } from '@surety/engine';
import {
  clockQueue,
  type ClockQueuePart,
  type ClockQueueRow,
} from '../../storage/repositories/clock-queue-repository.js';
import { contractsFor } from '../contracts/compiled-contracts.js';
import { declaredQueueOrder, type QueueOrder } from '../contracts/queue-order.js';
import { decodeCursor, encodeCursor, foreignCursor, type Page } from '../core/page-cursor.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { storedInstant, wireInstant } from '../core/instants.js';
import type { ClockQueueItem, QueueClock } from './queue-item-schema.js';

export interface ClockQueueQuery {
  customerId?: string;
  contractId?: string;
  /**
   * deadline: overdue first, then the soonest warning or deadline; receipt: first in, first out. Default: the order
   * the contract declares when `contractId` names one, else deadline.
   */
  order?: QueueOrder;
  severity?: string;
  /** Only the requests assigned to this user, or (null) only those assigned to no one; staff only. */
  assigneeId?: string | null;
  /** Only requests whose next warning or deadline falls before this instant (epoch ms); overdue ones did. */
  before?: number;
  /** Only the overdue requests (true), or only the others (false); both when absent, the overdue first. */
  overdue?: boolean;
  cursor?: string;
  limit: number;
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
    warnings: { dueAt: string | null }[];
    remainingMs: number;
  }[];
}

/** The parts of the queue in each order, as the cursor names them. */
const PARTS: Record<QueueOrder, readonly ClockQueuePart[]> = {
  deadline: ['overdue', 'upcoming'],
  receipt: ['receipt'],
};

/** A row's place in its part: the key the part is ordered by. */
function orderKey(part: ClockQueuePart, row: ClockQueueRow): number {
  if (part === 'overdue') return row.overdue_since!;
  if (part === 'upcoming') return row.next_due_at!;
  return row.opened_at;
}

/**
 * The live clock queue a support lead watches. Worked by deadline: first the overdue requests (a deadline passed
 * and unmet, the longest overdue first), then those with a warning or deadline still to fall due, the soonest
 * first. Worked by receipt: the same requests, the earliest made first. Ties go by ticket id. A customer contact
 * sees its own customer's requests only, whatever it asks. Running clocks' remaining time is brought up to the
 * response instant in each clock's business calendar: the projection is only re-derived when something happens to
 * the ticket or a timer fires.
 */
export async function listClockQueue(ctx: ServiceContext, query: ClockQueueQuery): Promise<Page<ClockQueueItem>> {
  const customer = ctx.principal.role === 'customer';
  const customerId = customer ? ctx.principal.customerId : query.customerId;
  // Who works a request is the provider's business: a customer contact neither sees nor filters by it.
  if (customer && query.assigneeId !== undefined)
    throw new ServiceError('forbidden', 'the queue is filtered by assignee for staff only', 'assigneeId');
  const order =
    query.order ?? (query.contractId === undefined ? 'deadline' : await declaredQueueOrder(ctx, query.contractId));
  const after = decodeCursor<[string, number, string]>(query.cursor, ['string', 'number', 'string']);
  const from = after ? PARTS[order].indexOf(after[0] as ClockQueuePart) : 0;
  if (from < 0) throw foreignCursor();
  const parts = PARTS[order].filter(
    (part, i) =>
      i >= from && (part === 'receipt' || query.overdue === undefined || query.overdue === (part === 'overdue')),
  );
  const rows: { part: ClockQueuePart; row: ClockQueueRow }[] = [];
  for (const part of parts) {
    const found = await clockQueue(ctx.db, {
      part,
      overdue: query.overdue,
      customerId,
      contractId: query.contractId,
      severity: query.severity,
      assigneeId: query.assigneeId,
      // A stored next_due_at is the instant due + 1 ms: due before `before` means stored at most `before`; an
      // overdue_since is the instant itself.
      dueUntil: query.before === undefined ? undefined : part === 'overdue' ? query.before - 1 : query.before,
      after: after && after[0] === part ? [after[1], after[2]] : undefined,
      limit: query.limit + 1 - rows.length,
    });
    rows.push(...found.map((row) => ({ part, row })));
    if (rows.length > query.limit) break;
  }
  const kept = rows.slice(0, query.limit);
  const contracts = await contractsFor(
    ctx.db,
    ctx.caches.compiledContracts,
    kept.map((k) => k.row),
  );
  const now = ctx.now();
  const last = kept.at(-1);
  return {
    items: kept.map(({ row }, i) => ({
      ...itemOf(row, contracts[i]!, now),
      assigneeId: customer ? null : row.assignee_id,
    })),
    next:
      rows.length > query.limit && last
        ? encodeCursor([last.part, orderKey(last.part, last.row), last.row.ticket_id])
        : null,
  };
}

interface BusinessHours {
  between(a: number, b: number): number;
  isOpen(t: number): boolean;
  nextOpen(t: number): number;
  nextClose(t: number): number;
}

function itemOf(row: ClockQueueRow, contract: CompiledContract, now: number): Omit<ClockQueueItem, 'assigneeId'> {
  const state = JSON.parse(row.state) as StoredState;
  const clocks = state.clocks ?? [];
  const nextAt = row.next_due_at === null ? null : row.next_due_at - 1;
  return {
    id: row.ticket_id,
    customerId: row.customer_id,
    contractId: row.contract_id,
    openedAt: wireInstant(row.opened_at),
    contractOrder: contract.queueOrder,
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
        const calendar = contract.calendars.get(c.calendar);
        if (calendar && running && now > row.updated_at) remainingMs -= calendar.between(row.updated_at, now);
        return {
          clock: c.clock,
          cycle: c.cycle,
          status: c.status as QueueClock['status'],
          dueAt: storedInstant(c.dueAt),
          remainingMs,
          hours: hoursAt(calendar, now),
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

/** Whether a calendar is open at `now`, and when that changes (null when it never does, or the calendar is gone). */
function hoursAt(calendar: BusinessHours | undefined, now: number): QueueClock['hours'] {
  if (!calendar) return { open: true, changesAt: null };
  const open = calendar.isOpen(now);
  const change = open ? calendar.nextClose(now) : calendar.nextOpen(now);
  return { open, changesAt: Number.isFinite(change) ? wireInstant(change) : null };
}
