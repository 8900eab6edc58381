import { findContact, updateContact as saveContact } from '../../storage/repositories/contact-repository.js';
import { lockCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudit } from '../audit/log.js';
import { contactJson, type ContactJson } from './contact-json.js';
import { requireDesignatedRoom } from './designated-limit.js';
import { contractRoles, rolesOf } from './contact-roles.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/**
 * Changes a contact's name, email, designation or roles: the customer tells the provider when the designated support
 * responsibility is transferred (Invoca §2.4), and making a contact designated counts against the contracts' limit
 * as adding one does. Roles given replace the ones it held (each one a contract of the customer names). The audit
 * entry keeps the values before and after.
 */
export async function updateContact(
  ctx: ServiceContext,
  customerId: string,
  contactId: string,
  change: { name?: string; email?: string; designated?: boolean; roles?: readonly string[] },
): Promise<ContactJson> {
  requireStaffWrite(ctx);
  if (
    change.name === undefined &&
    change.email === undefined &&
    change.designated === undefined &&
    change.roles === undefined
  )
    throw new ServiceError('invalid', 'nothing to change: give name, email, designated or roles', 'name');
  return writeTransaction(ctx, async (trx) => {
    // Locked before reading, so that the "from" values in the audit entry are the ones this change replaced.
    await lockCustomer(trx, customerId);
    const before = await findContact(trx, customerId, contactId);
    if (!before) throw new ServiceError('not_found', `no contact ${contactId} of customer ${customerId}`);
    // Only a contact becoming designated takes a place; one that already is keeps its own.
    if (change.designated === true && before.designated !== 1)
      await requireDesignatedRoom(trx, ctx.caches.compiledContracts, customerId);
    const after = {
      ...before,
      name: change.name ?? before.name,
      email: change.email ?? before.email,
      designated: change.designated === undefined ? before.designated : change.designated ? 1 : 0,
      roles:
        change.roles === undefined
          ? before.roles
          : JSON.stringify(await contractRoles(trx, ctx.caches.compiledContracts, customerId, change.roles)),
    };
    await saveContact(trx, contactId, {
      name: after.name,
      email: after.email,
      designated: after.designated,
      roles: after.roles,
    });
    const shown = (c: typeof before) => ({
      name: c.name,
      email: c.email,
      designated: c.designated === 1,
      roles: rolesOf(c),
    });
    await recordAudit(trx, ctx, 'contact.updated', `customer:${customerId}`, {
      contact: contactId,
      from: shown(before),
      to: shown(after),
    });
    return contactJson(after);
  });
}
