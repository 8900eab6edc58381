import { findProjection, findTicket } from '../storage/repositories/ticket-repository.js';
import type { Executor } from '../storage/repositories/executor.js';
import { contractFor } from './compiled-contracts.js';
import type { ServiceContext } from './service-context.js';
import { reproject } from './ticket-projection.js';

export interface MovedClock {
  ticket: string;
  clock: string;
  from: string | null;
  to: string | null;
}

/**
 * After a customer's contract version or order form changes, moves its open requests to the new terms and
 * re-derives their clocks, reporting every deadline that moved. Runs in the caller's transaction.
 */
export async function recomputeOpenTickets(
  trx: Executor,
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  version: number,
): Promise<{ tickets: number; moved: MovedClock[] }> {
  const all = await trx
    .selectFrom('tickets')
    .innerJoin('clock_projections', 'clock_projections.ticket_id', 'tickets.id')
    .select(['tickets.id', 'clock_projections.state'])
    .where('tickets.customer_id', '=', customerId)
    .where('tickets.contract_id', '=', contractId)
    .execute();
  // A closed request is final: its clocks stay as they were measured.
  const rows = all.filter((r) => (JSON.parse(r.state) as { phase: string }).phase !== 'closed');
  const { contract } = await contractFor(trx, customerId, contractId, version);
  const moved: MovedClock[] = [];
  for (const row of rows) {
    const before = dueDates(row.state);
    await trx.updateTable('tickets').set({ contract_version: version }).where('id', '=', row.id).execute();
    const ticket = (await findTicket(trx, row.id))!;
    await reproject(trx, ctx, ticket, contract, ctx.now());
    const after = dueDates((await findProjection(trx, row.id))!.state);
    for (const clock of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(clock) !== after.get(clock))
        moved.push({ ticket: row.id, clock, from: before.get(clock) ?? null, to: after.get(clock) ?? null });
    }
  }
  return { tickets: rows.length, moved };
}

function dueDates(state: string): Map<string, string | null> {
  const clocks = (
    JSON.parse(state) as { clocks: { clock: string; cycle: number; dueAt: string | null; status: string }[] }
  ).clocks;
  return new Map(clocks.map((c) => [`${c.clock}#${c.cycle}`, c.dueAt]));
}
