import { chunks, type Executor } from '../storage/repositories/executor.js';
import { lockTickets, openTicketsOf, setContractVersion } from '../storage/repositories/ticket-repository.js';
import { contractFor } from './compiled-contracts.js';
import type { ServiceContext } from './service-context.js';
import { reprojectTickets } from './ticket-projection.js';

export interface MovedClock {
  ticket: string;
  clock: string;
  from: string | null;
  to: string | null;
}

/**
 * After a customer's contract version or order form changes, moves its open requests to the new terms and
 * re-derives their clocks, reporting every deadline that moved. Runs in the caller's transaction, a
 * thousand tickets per batch of statements.
 */
export async function recomputeOpenTickets(
  trx: Executor,
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  version: number,
): Promise<{ tickets: number; moved: MovedClock[] }> {
  const all = await openTicketsOf(trx, customerId, contractId);
  // A closed request is final: its clocks stay as they were measured.
  const open = all.filter((r) => (JSON.parse(r.state) as { phase: string }).phase !== 'closed');
  const { contract } = await contractFor(trx, customerId, contractId, version);
  const now = ctx.now();
  const moved: MovedClock[] = [];
  for (const batch of chunks(open)) {
    await lockTickets(
      trx,
      batch.map((r) => r.ticket.id),
    );
    await setContractVersion(
      trx,
      batch.map((r) => r.ticket.id),
      version,
    );
    const results = await reprojectTickets(
      trx,
      ctx,
      batch.map((r) => ({ ticket: { ...r.ticket, contract_version: version }, contract })),
      now,
    );
    results.forEach((after, i) => {
      const before = dueDates(batch[i]!.state);
      const later = dueDates(after.state);
      for (const clock of new Set([...before.keys(), ...later.keys()])) {
        if (before.get(clock) !== later.get(clock))
          moved.push({ ticket: after.ticketId, clock, from: before.get(clock) ?? null, to: later.get(clock) ?? null });
      }
    });
  }
  return { tickets: open.length, moved };
}

function dueDates(state: string): Map<string, string | null> {
  const clocks = (
    JSON.parse(state) as { clocks: { clock: string; cycle: number; dueAt: string | null; status: string }[] }
  ).clocks;
  return new Map(clocks.map((c) => [`${c.clock}#${c.cycle}`, c.dueAt]));
}
