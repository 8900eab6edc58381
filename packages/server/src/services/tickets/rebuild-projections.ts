import { findTickets, listTickets, lockTickets } from '../../storage/repositories/ticket-repository.js';
import { contractsFor } from '../contracts/compiled-contracts.js';
import { requireAdmin } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { reprojectTickets } from './projection.js';
import { writeTransaction } from '../core/write-transaction.js';

export interface Rebuilt {
  tickets: number;
  /** Warnings and breaches that had fallen due unrecorded, recorded now (at their true instants). */
  recorded: number;
}

/**
 * Re-derives every ticket's clock projection from its events, a thousand tickets per transaction: the projection
 * is only ever derived, so this is how it is repaired (after a restore, or a bug in the projection fixed) and how
 * each ticket's timer is queued again. What had fallen due unrecorded is recorded, as the timers would have.
 */
export async function rebuildProjections(
  ctx: ServiceContext,
  onProgress: (done: number) => void = () => {},
): Promise<Rebuilt> {
  requireAdmin(ctx);
  let after: string | undefined;
  const rebuilt: Rebuilt = { tickets: 0, recorded: 0 };
  for (;;) {
    const page = await listTickets(ctx.db, { after, limit: 1000 });
    if (!page.length) return rebuilt;
    const ids = page.map((t) => t.id);
    const results = await writeTransaction(ctx, async (trx) => {
      await lockTickets(trx, ids);
      // Read under the locks: the page's rows may have changed since it was listed.
      const tickets = await findTickets(trx, ids);
      const contracts = await contractsFor(trx, ctx.caches.compiledContracts, tickets);
      return reprojectTickets(
        trx,
        ctx,
        tickets.map((ticket, i) => ({ ticket, contract: contracts[i]! })),
        ctx.now(),
      );
    });
    rebuilt.tickets += results.length;
    rebuilt.recorded += results.reduce((n, r) => n + r.recorded.length, 0);
    onProgress(rebuilt.tickets);
    after = ids.at(-1);
  }
}
