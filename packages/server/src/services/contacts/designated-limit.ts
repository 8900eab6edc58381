import type { CompiledContract } from '@surety/engine';
import { contactsOf } from '../../storage/repositories/contact-repository.js';
import { assignmentsOf } from '../../storage/repositories/contract-repository.js';
import { lockCustomer } from '../../storage/repositories/customer-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { contractFor, type CompiledContracts } from '../contracts/compiled-contracts.js';
import { ServiceError } from '../core/service-context.js';

/**
 * Refuses one more designated support contact when an assigned contract's limit is reached (Invoca §2.4: "up to
 * two Designated Support Contacts"), whether a contact is added as designated or an existing one is made designated.
 * Runs in the write's transaction with the customer locked, so that two simultaneous writers cannot both take the
 * last place.
 */
export async function requireDesignatedRoom(
  trx: Executor,
  compiled: CompiledContracts,
  customerId: string,
): Promise<void> {
  const designated = await lockedDesignatedCount(trx, customerId);
  for (const a of await assignmentsOf(trx, customerId)) {
    const { contract } = await contractFor(trx, compiled, customerId, a.contract_id);
    requireWithinLimit(contract, customerId, designated, designated + 1);
  }
}

/**
 * Refuses assigning a contract whose limit the customer's designated contacts already exceed: the provider first
 * says which contacts keep the role, rather than the contract starting out broken.
 */
export async function requireDesignatedFit(
  trx: Executor,
  customerId: string,
  contract: CompiledContract,
): Promise<void> {
  const designated = await lockedDesignatedCount(trx, customerId);
  requireWithinLimit(contract, customerId, designated, designated);
}

async function lockedDesignatedCount(trx: Executor, customerId: string): Promise<number> {
  await lockCustomer(trx, customerId);
  return (await contactsOf(trx, customerId)).filter((c) => c.designated).length;
}

function requireWithinLimit(contract: CompiledContract, customerId: string, designated: number, wanted: number): void {
  const max = contract.doc.contacts?.designated_max;
  if (max === undefined || wanted <= max) return;
  throw new ServiceError(
    'conflict',
    `contract ${contract.id} allows at most ${max} designated contacts (${contract.doc.contacts?.clause ?? 'contacts'}); ${customerId} has ${designated}`,
    'designated',
  );
}
