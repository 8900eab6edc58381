import { randomUUID } from 'node:crypto';
import { contactsOf, insertContact } from '../storage/repositories/contact-repository.js';
import { findCustomer } from '../storage/repositories/customer-repository.js';
import { assignmentsOf } from '../storage/repositories/contract-repository.js';
import { recordAudit } from './audit-log.js';
import { contractFor } from './compiled-contracts.js';
import { requireStaffWrite } from './permissions.js';
import { ServiceError, type ServiceContext } from './service-context.js';

/**
 * Adds a customer contact. A designated support contact counts against every assigned contract's limit
 * (Invoca §2.4: "up to two Designated Support Contacts").
 */
export async function addContact(
  ctx: ServiceContext,
  input: { customerId: string; name: string; email: string; designated: boolean },
): Promise<{ id: string }> {
  requireStaffWrite(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findCustomer(trx, input.customerId)))
      throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
    if (input.designated) {
      const designated = (await contactsOf(trx, input.customerId)).filter((c) => c.designated).length;
      for (const a of await assignmentsOf(trx, input.customerId)) {
        const { contract } = await contractFor(trx, input.customerId, a.contract_id);
        const max = contract.doc.contacts?.designated_max;
        if (max !== undefined && designated + 1 > max) {
          throw new ServiceError(
            'conflict',
            `contract ${contract.id} allows at most ${max} designated contacts (${contract.doc.contacts?.clause ?? 'contacts'}); ${input.customerId} has ${designated}`,
            'designated',
          );
        }
      }
    }
    const id = randomUUID();
    await insertContact(trx, {
      id,
      customer_id: input.customerId,
      name: input.name,
      email: input.email,
      designated: input.designated ? 1 : 0,
      created_at: ctx.now(),
    });
    await recordAudit(trx, ctx, 'contact.added', `customer:${input.customerId}`, {
      contact: id,
      designated: input.designated,
    });
    return { id };
  });
}
