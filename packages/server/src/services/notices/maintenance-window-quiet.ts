import type { ExclusionRow } from '../../storage/repositories/availability-repository.js';
import { allAssignments, assignmentsOf, type AssignmentRow } from '../../storage/repositories/contract-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { availabilitySourcesOf } from '../../storage/repositories/monitor-repository.js';
import { compiledVersion, type CompiledContracts } from '../contracts/compiled-contracts.js';
import { ServiceError } from '../core/service-context.js';
import type { CoveredComponent } from '../monitors/availability-source.js';
import { affects } from './contract-audience.js';
import type { AffectedComponent } from './recipients.js';

const PAGE = 500;

/**
 * The customers whose contacts are not told of a maintenance because their contracts say so: every contract of the
 * customer that the maintenance affects (it covers an affected component: its availability source, every component
 * while it names none) keeps regular maintenance windows, says maintenance inside them is not notified
 * (`maintenance.window_notices.inside: none`; Tactful: "We won't send maintenance notifications unless we need to
 * deviate from the regular schedule"), and every one of `occurrences` lies wholly inside those windows, in the
 * customer's own zone (Tactful's windows keep the customer's server zone, from its order form). Maintenance partly
 * outside a window deviates from it and is told as any other. A customer with no affected contract, or one whose
 * contract cannot be compiled (an order form still missing a value), is told: silence must rest on the contract.
 */
export async function customersQuietInWindow(
  db: Executor,
  compiled: CompiledContracts,
  occurrences: readonly ExclusionRow[],
): Promise<Set<string>> {
  const m = occurrences[0]!;
  const affected: AffectedComponent[] = m.service_id ? [{ serviceId: m.service_id, componentId: m.component_id }] : [];
  const verdict = new Map<string, boolean>();
  const judge = async (page: readonly AssignmentRow[]) => {
    const sources = new Map(
      (
        await availabilitySourcesOf(
          db,
          page.map((a) => a.customer_id),
        )
      ).map((r) => [`${r.customer_id}\u0000${r.contract_id}`, JSON.parse(r.components) as CoveredComponent[]]),
    );
    for (const a of page) {
      if (!affects(affected, sources.get(`${a.customer_id}\u0000${a.contract_id}`) ?? [])) continue;
      if (verdict.get(a.customer_id) === false) continue;
      verdict.set(a.customer_id, await quietUnder(db, compiled, a, occurrences));
    }
  };
  if (m.customer_id !== null) await judge(await assignmentsOf(db, m.customer_id));
  else
    for (let after: { customerId: string; contractId: string } | undefined; ;) {
      const page = await allAssignments(db, { after, limit: PAGE });
      await judge(page);
      if (page.length < PAGE) break;
      const last = page[page.length - 1]!;
      after = { customerId: last.customer_id, contractId: last.contract_id };
    }
  return new Set([...verdict].filter(([, quiet]) => quiet).map(([customer]) => customer));
}

async function quietUnder(
  db: Executor,
  compiled: CompiledContracts,
  a: AssignmentRow,
  occurrences: readonly ExclusionRow[],
): Promise<boolean> {
  let terms;
  try {
    terms = (await compiledVersion(db, compiled, a.customer_id, a.contract_id, a.contract_version, a.order_form))
      .availability;
  } catch (e) {
    if (e instanceof ServiceError) return false;
    throw e;
  }
  const windows = terms?.maintenanceWindows;
  if (!windows || terms?.windowNotices.inside !== 'none') return false;
  return occurrences.every((o) => windows.between(o.start, o.end) === o.end - o.start);
}
