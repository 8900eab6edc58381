import { contactsOf } from '../storage/repositories/contact-repository.js';
import { assignmentsOf } from '../storage/repositories/contract-repository.js';
import { lockCustomer } from '../storage/repositories/customer-repository.js';
import type { Executor } from '../storage/repositories/executor.js';
import { contractFor } from './compiled-contracts.js';
import { ServiceError } from './service-context.js';

/**
 * Refuses one more designated support contact when an assigned contract's limit is reached (Invoca §2.4: "up to
 * two Designated Support Contacts"), whether a contact is added as designated or an existing one is made designated.
 * Runs in the write's transaction with the customer locked, so that two simultaneous writers cannot both take the
 * last place.
 */
export async function requireDesignatedRoom(trx: Executor, customerId: string): Promise<void> {
  await lockCustomer(trx, customerId);
  const designated = (await contactsOf(trx, customerId)).filter((c) => c.designated).length;
  for (const a of await assignmentsOf(trx, customerId)) {
    const { contract } = await contractFor(trx, customerId, a.contract_id);
    const max = contract.doc.contacts?.designated_max;
    if (max !== undefined && designated + 1 > max) {
      throw new ServiceError(
        'conflict',
        `contract ${contract.id} allows at most ${max} designated contacts (${contract.doc.contacts?.clause ?? 'contacts'}); ${customerId} has ${designated}`,
        'designated',
      );
    }
  }
}
