import { findContact, updateContact } from '../../storage/repositories/contact-repository.js';
import { lockCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/**
 * Removes a contact from its customer: it is no longer listed, no longer counts as designated and cannot file
 * claims. The row is kept (marked removed), so that the claims it filed still name it, and the audit entry records
 * who it was.
 */
export async function removeContact(ctx: ServiceContext, customerId: string, contactId: string): Promise<void> {
  requireStaffWrite(ctx);
  await writeTransaction(ctx, async (trx) => {
    await lockCustomer(trx, customerId);
    const row = await findContact(trx, customerId, contactId);
    if (!row) throw new ServiceError('not_found', `no contact ${contactId} of customer ${customerId}`);
    await updateContact(trx, contactId, { removed_at: ctx.now() });
    await recordAudit(trx, ctx, 'contact.removed', `customer:${customerId}`, {
      contact: contactId,
      name: row.name,
      email: row.email,
      designated: row.designated === 1,
    });
  });
}
