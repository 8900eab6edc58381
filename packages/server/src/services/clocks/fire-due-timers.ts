import {
  dueProjections,
  findTickets,
  lockTickets,
  nextDueInstant,
} from '../../storage/repositories/ticket-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { contractsFor, type CompiledContracts } from '../contracts/compiled-contracts.js';
import type { ServiceContext } from '../core/service-context.js';
import { reprojectTickets, type RecordedClockEvent } from '../tickets/projection.js';
import { writeTransaction } from '../core/write-transaction.js';

export interface FiredTimer extends RecordedClockEvent {
  ticketId: string;
  recordedAt: number;
}

/**
 * Records every warning and breach whose instant has passed. With one process (SQLite) the worker calls this
 * when its next timer falls due and once on start, so a deadline that passed while the server was down is
 * recorded at its true instant.
 */
export async function fireDueTimers(ctx: ServiceContext, batch = 1000): Promise<FiredTimer[]> {
  const fired: FiredTimer[] = [];
  for (;;) {
    const due = await dueProjections(ctx.db, ctx.now(), batch);
    if (!due.length) return fired;
    fired.push(
      ...(await fireTimers(
        ctx,
        due.map((p) => p.ticket_id),
      )),
    );
    if (due.length < batch) return fired;
  }
}

/**
 * Re-derives the named tickets' clocks as of now, in one transaction, recording what fell due. The job
 * queue's handler: a timer job names its ticket, and a stale one (the ticket moved on) records nothing.
 */
export async function fireTimers(ctx: ServiceContext, ticketIds: readonly string[]): Promise<FiredTimer[]> {
  const now = ctx.now();
  return writeTransaction(ctx, async (trx) => {
    await lockTickets(trx, ticketIds);
    const tickets = await underContracts(trx, ctx.caches.compiledContracts, ticketIds);
    const results = await reprojectTickets(trx, ctx, tickets, now);
    return results.flatMap((r) => r.recorded.map((e) => ({ ...e, ticketId: r.ticketId, recordedAt: now })));
  });
}

async function underContracts(db: Executor, compiled: CompiledContracts, ids: readonly string[]) {
  const tickets = await findTickets(db, [...new Set(ids)]);
  const contracts = await contractsFor(db, compiled, tickets);
  return tickets.map((ticket, i) => ({ ticket, contract: contracts[i]! }));
}

/** When the next timer falls due (the first after `after`, when given). */
export async function nextTimerAt(ctx: ServiceContext, after?: number): Promise<number | null> {
  return nextDueInstant(ctx.db, after);
}
