import { findContact } from '../../storage/repositories/contact-repository.js';
import { contactJson, type ContactJson } from './contact-json.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

/** One current contact of a customer: staff read any customer's, a customer contact its own customer's. */
export async function getContact(ctx: ServiceContext, customerId: string, contactId: string): Promise<ContactJson> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  const row = await findContact(ctx.db, customerId, contactId);
  if (!row) throw new ServiceError('not_found', `customer ${customerId} has no contact ${contactId}`);
  return contactJson(row);
}
