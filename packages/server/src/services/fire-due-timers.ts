import { findTicket, dueProjections, nextDueInstant } from '../storage/repositories/ticket-repository.js';
import { contractFor } from './compiled-contracts.js';
import type { ServiceContext } from './service-context.js';
import { reproject, type RecordedClockEvent } from './ticket-projection.js';

export interface FiredTimer extends RecordedClockEvent {
  ticketId: string;
  recordedAt: number;
}

/**
 * Records every warning and breach whose instant has passed: the worker calls this when its timer falls due
 * and once on start, so a deadline that passed while the server was down is recorded at its true instant.
 */
export async function fireDueTimers(ctx: ServiceContext, batch = 500): Promise<FiredTimer[]> {
  const fired: FiredTimer[] = [];
  for (;;) {
    const now = ctx.now();
    const due = await dueProjections(ctx.db, now, batch);
    if (!due.length) return fired;
    for (const p of due) {
      await ctx.db.transaction().execute(async (trx) => {
        const ticket = await findTicket(trx, p.ticket_id);
        if (!ticket) return;
        const { contract } = await contractFor(trx, ticket.customer_id, ticket.contract_id, ticket.contract_version);
        const { recorded } = await reproject(trx, ctx, ticket, contract, now);
        fired.push(...recorded.map((r) => ({ ...r, ticketId: ticket.id, recordedAt: now })));
      });
    }
    if (due.length < batch) return fired;
  }
}

export async function nextTimerAt(ctx: ServiceContext): Promise<number | null> {
  return nextDueInstant(ctx.db);
}
