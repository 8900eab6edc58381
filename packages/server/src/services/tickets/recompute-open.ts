import { chunks, type Executor } from '../../storage/repositories/executor.js';
import {
  setContractVersion,
  ticketIdsUnder,
  ticketsWithProjections,
} from '../../storage/repositories/ticket-repository.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import type { ServiceContext } from '../core/service-context.js';
import type { TicketJson } from './ticket-json.js';
import { reprojectBatches, type TicketUnderContract } from './projection.js';
import { storedInstant } from '../core/instants.js';

export interface MovedClock {
  ticket: string;
  clock: string;
  from: string | null;
  to: string | null;
}

/**
 * After a customer's contract version or order form changes, moves its open requests to the new terms and
 * re-derives their clocks, reporting every deadline that moved. Runs in the caller's transaction, a thousand
 * tickets per batch of statements. Each batch's tickets and states are read as the batch comes up, and of a state
 * only its deadlines are kept until the batch is derived: a hundred thousand states read at once and held to the
 * end made reading them and collecting them the largest part of the work.
 */
export async function recomputeOpenTickets(
  trx: Executor,
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  version: number,
): Promise<{ tickets: number; moved: MovedClock[] }> {
  const { contract } = await contractFor(trx, ctx.caches.compiledContracts, customerId, contractId, version);
  const now = ctx.now();
  const moved: MovedClock[] = [];
  const before = new Map<string, Map<string, string | null>>();
  let tickets = 0;
  const loadBatch = async (ids: readonly string[]): Promise<TicketUnderContract[]> => {
    const open: TicketUnderContract[] = [];
    for (const r of await ticketsWithProjections(trx, ids)) {
      const state = JSON.parse(r.state) as TicketJson;
      // A closed request is final: its clocks stay as they were measured.
      if (state.phase === 'closed') continue;
      before.set(r.ticket.id, dueDates(state));
      open.push({ ticket: { ...r.ticket, contract_version: version }, contract, timerAt: r.timerAt });
    }
    await setContractVersion(
      trx,
      open.map((t) => t.ticket.id),
      version,
    );
    tickets += open.length;
    return open;
  };
  await reprojectBatches(
    trx,
    ctx,
    chunks(await ticketIdsUnder(trx, customerId, contractId)).map((ids) => () => loadBatch(ids)),
    now,
    (results) => {
      for (const after of results) {
        const from = before.get(after.ticketId)!;
        before.delete(after.ticketId);
        const to = dueDates(after.view);
        for (const clock of new Set([...from.keys(), ...to.keys()]))
          if (from.get(clock) !== to.get(clock))
            moved.push({ ticket: after.ticketId, clock, from: from.get(clock) ?? null, to: to.get(clock) ?? null });
      }
    },
  );
  return { tickets, moved };
}

function dueDates(state: TicketJson): Map<string, string | null> {
  return new Map(state.clocks.map((c) => [`${c.clock}#${c.cycle}`, storedInstant(c.dueAt)]));
}
