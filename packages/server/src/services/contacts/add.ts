import { randomUUID } from 'node:crypto';
import { insertContact } from '../../storage/repositories/contact-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudit } from '../audit/log.js';
import { contactJson, type ContactJson } from './contact-json.js';
import { requireDesignatedRoom } from './designated-limit.js';
import { contractRoles } from './contact-roles.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/**
 * Adds a customer contact. A designated support contact counts against every assigned contract's limit
 * (Invoca §2.4: "up to two Designated Support Contacts"). Its roles are ones the customer's contracts name
 * (TechJutsu: Customer SME, Alternative Customer Contact): a contract tells the contacts holding the roles it names
 * of unplanned maintenance and incidents.
 */
export async function addContact(
  ctx: ServiceContext,
  input: { customerId: string; name: string; email: string; designated: boolean; roles?: readonly string[] },
): Promise<ContactJson> {
  requireStaffWrite(ctx);
  return writeTransaction(ctx, async (trx) => {
    if (!(await findCustomer(trx, input.customerId)))
      throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
    if (input.designated) await requireDesignatedRoom(trx, ctx.caches.compiledContracts, input.customerId);
    const roles = await contractRoles(trx, ctx.caches.compiledContracts, input.customerId, input.roles ?? []);
    const id = randomUUID();
    const row = {
      id,
      customer_id: input.customerId,
      name: input.name,
      email: input.email,
      designated: input.designated ? 1 : 0,
      created_at: ctx.now(),
      removed_at: null,
      roles: JSON.stringify(roles),
    };
    await insertContact(trx, row);
    await recordAudit(trx, ctx, 'contact.added', `customer:${input.customerId}`, {
      contact: id,
      designated: input.designated,
      roles,
    });
    return contactJson(row);
  });
}
