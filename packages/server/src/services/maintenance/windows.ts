import { z } from 'zod';
import { recurringWindows } from '@surety/engine';
import { assignmentsOf } from '../../storage/repositories/contract-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

const DAY = 86_400_000;
/** Windows are computed, not stored: a year at most per request keeps the answer bounded. */
const LONGEST_RANGE = 366 * DAY;

/** One occurrence of a contract's recurring maintenance window, in UTC. */
export const maintenanceWindowSchema = z.object({
  contractId: z.string(),
  start: instantText,
  end: instantText,
  zone: z.string().describe("the zone the contract states its windows in (Tactful: the customer's server zone)"),
  clause: z.string().nullable(),
});
export type MaintenanceWindowJson = z.infer<typeof maintenanceWindowSchema>;

/**
 * The recurring maintenance windows of a customer's contracts in [from, to), in UTC, clipped to the range: the
 * same expansion availability reports use to exclude them (`recurringWindows`), with the customer's order form
 * (Tactful's windows are in the zone of the customer's server).
 */
export async function maintenanceWindows(
  ctx: ServiceContext,
  customerId: string,
  query: { from: number; to: number; contractId?: string; cursor?: string; limit: number },
): Promise<Page<MaintenanceWindowJson>> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  if (!(await findCustomer(ctx.db, customerId))) throw new ServiceError('not_found', `no customer ${customerId}`);
  if (query.to <= query.from) throw new ServiceError('invalid', 'to is not after from', 'to');
  if (query.to - query.from > LONGEST_RANGE)
    throw new ServiceError('invalid', 'ask for at most 366 days of windows at a time', 'to');
  const contractIds =
    query.contractId !== undefined
      ? [query.contractId]
      : (await assignmentsOf(ctx.db, customerId)).map((a) => a.contract_id);
  const windows: { contractId: string; start: number; end: number; zone: string; clause: string | null }[] = [];
  for (const contractId of contractIds) {
    const { contract } = await contractFor(ctx.db, ctx.caches.compiledContracts, customerId, contractId);
    const calendar = contract.availability?.maintenanceWindows;
    if (!calendar) continue;
    for (const w of recurringWindows(calendar, query.from, query.to, 'recurring maintenance window (contract)'))
      windows.push({
        contractId,
        start: w.start,
        end: w.end,
        zone: calendar.zone,
        clause: contract.doc.maintenance?.clause ?? null,
      });
  }
  // Ordered as the cursor compares: by start, then contract id in code-unit order.
  windows.sort((a, b) => a.start - b.start || (a.contractId < b.contractId ? -1 : a.contractId > b.contractId ? 1 : 0));
  const after = decodeCursor<[number, string]>(query.cursor, ['number', 'string']);
  const rest = after
    ? windows.filter((w) => w.start > after[0] || (w.start === after[0] && w.contractId > after[1]))
    : windows;
  return pageOf(
    rest.slice(0, query.limit + 1),
    query.limit,
    (w) => ({ ...w, start: wireInstant(w.start), end: wireInstant(w.end) }),
    (w) => [w.start, w.contractId],
  );
}
