import { compileContract, formatIssue, type CompiledContract, type PublishedList } from '@surety/engine';
import {
  findAssignment,
  findContractVersion,
  type AssignmentRow,
} from '../../storage/repositories/contract-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { publishedListsOf, usesPublishedLists } from '../calendars/holiday-lists.js';
import { ServiceError } from '../core/service-context.js';

/**
 * The compiled contracts of one store (its `caches`, services/core/store-caches.ts): a published version never
 * changes (versions are only ever added), so a version compiled with an order form is compiled once and its text
 * is not read again. Keyed by contract, version and order form (and the published holiday lists' versions, for a
 * contract that closes on them). Each store has its own: one process may open several stores (the tests do) whose
 * contracts share ids.
 */
export type CompiledContracts = Map<string, CompiledContract>;

export function compiledContractsCache(): CompiledContracts {
  return new Map();
}

/**
 * The contract a customer is assigned, compiled with the customer's order form. `known` is the assignment when the
 * caller has read it in this transaction already (null: there is none).
 */
export async function contractFor(
  db: Executor,
  cache: CompiledContracts,
  customerId: string,
  contractId: string,
  version?: number,
  known?: AssignmentRow | null,
): Promise<{ contract: CompiledContract; version: number }> {
  const assignment = known === undefined ? await findAssignment(db, customerId, contractId) : known;
  if (!assignment)
    throw new ServiceError('not_found', `customer ${customerId} is not assigned contract ${contractId}`, 'contract');
  const v = version ?? assignment.contract_version;
  const key = `${contractId}\u0000${v}\u0000${assignment.order_form ?? ''}`;
  let contract = await compiledVersion(db, cache, customerId, contractId, v, assignment.order_form);
  // A contract that closes on provider-published holiday lists is compiled again with the versions in force.
  if (usesPublishedLists(contract)) {
    const published = await publishedListsOf(db, contractId);
    if (published.key) {
      const withLists = `${key}\u0000${published.key}`;
      const known = cache.get(withLists);
      if (known) contract = known;
      else
        cache.set(
          withLists,
          (contract = await compile(db, customerId, contractId, v, assignment.order_form, published.lists)),
        );
    }
  }
  return { contract, version: v };
}

/**
 * A contract version compiled with an order form (`customerId` names whose, in errors), without provider-published
 * holiday lists: enough for what needs no calendar (the availability terms' outage rule), read once per version and
 * order form without reading the assignment again.
 */
export async function compiledVersion(
  db: Executor,
  cache: CompiledContracts,
  customerId: string,
  contractId: string,
  version: number,
  orderForm: string | null,
): Promise<CompiledContract> {
  const key = `${contractId}\u0000${version}\u0000${orderForm ?? ''}`;
  let contract = cache.get(key);
  if (!contract) cache.set(key, (contract = await compile(db, customerId, contractId, version, orderForm)));
  return contract;
}

async function compile(
  db: Executor,
  customerId: string,
  contractId: string,
  v: number,
  orderForm: string | null,
  published?: ReadonlyMap<string, PublishedList>,
): Promise<CompiledContract> {
  const row = await findContractVersion(db, contractId, v);
  if (!row) throw new ServiceError('not_found', `contract ${contractId} has no version ${v}`, 'contract');
  const compiled = compileContract(
    { file: `${contractId}@${v}`, text: row.source },
    orderForm ? { file: `order form of ${customerId}`, text: orderForm } : undefined,
    published,
  );
  if (!compiled.contract) throw new ServiceError('invalid', compiled.issues.map(formatIssue).join('\n'), 'order_form');
  return compiled.contract;
}

/** The contract of each ticket, as it was assigned when the ticket was opened or last recomputed. */
export async function contractsFor(
  db: Executor,
  cache: CompiledContracts,
  tickets: readonly { customer_id: string; contract_id: string; contract_version: number }[],
): Promise<CompiledContract[]> {
  const known = new Map<string, CompiledContract>();
  const out: CompiledContract[] = [];
  for (const t of tickets) {
    const key = `${t.customer_id}\u0000${t.contract_id}\u0000${t.contract_version}`;
    let contract = known.get(key);
    if (!contract) {
      contract = (await contractFor(db, cache, t.customer_id, t.contract_id, t.contract_version)).contract;
      known.set(key, contract);
    }
    out.push(contract);
  }
  return out;
}
