import { chunks, type Executor } from '../storage/repositories/executor.js';
import { openTicketsOf, setContractVersion } from '../storage/repositories/ticket-repository.js';
import { contractFor } from './compiled-contracts.js';
import type { ServiceContext } from './service-context.js';
import type { TicketJson } from './ticket-json.js';
import { reprojectBatches } from './ticket-projection.js';

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
  // A closed request is final: its clocks stay as they were measured.
  const open = (await openTicketsOf(trx, customerId, contractId))
    .map((r) => ({ ticket: r.ticket, before: JSON.parse(r.state) as TicketJson }))
    .filter((r) => r.before.phase !== 'closed');
  const { contract } = await contractFor(trx, customerId, contractId, version);
  const now = ctx.now();
  const moved: MovedClock[] = [];
  const before = new Map(open.map((r) => [r.ticket.id, dueDates(r.before)]));
  await reprojectBatches(
    trx,
    ctx,
    chunks(open).map((batch) => batch.map((r) => ({ ticket: { ...r.ticket, contract_version: version }, contract }))),
    now,
    (batch) =>
      setContractVersion(
        trx,
        batch.map((t) => t.ticket.id),
        version,
      ),
    (results) => {
      for (const after of results) {
        const from = before.get(after.ticketId)!;
        const to = dueDates(after.view);
        for (const clock of new Set([...from.keys(), ...to.keys()]))
          if (from.get(clock) !== to.get(clock))
            moved.push({ ticket: after.ticketId, clock, from: from.get(clock) ?? null, to: to.get(clock) ?? null });
      }
    },
  );
  return { tickets: open.length, moved };
}

function dueDates(state: TicketJson): Map<string, string | null> {
  return new Map(state.clocks.map((c) => [`${c.clock}#${c.cycle}`, c.dueAt]));
}
