import { listContacts } from '../../storage/repositories/contact-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { contactJson, type ContactJson } from './contact-json.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

/** A customer's current contacts by id: staff for any customer, a customer contact for its own. */
export async function listContactsPage(
  ctx: ServiceContext,
  customerId: string,
  page: { cursor?: string; limit: number },
): Promise<Page<ContactJson>> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  if (!(await findCustomer(ctx.db, customerId))) throw new ServiceError('not_found', `no customer ${customerId}`);
  const after = decodeCursor<[string]>(page.cursor, ['string']);
  const rows = await listContacts(ctx.db, customerId, { after: after?.[0], limit: page.limit + 1 });
  return pageOf(rows, page.limit, contactJson, (r) => [r.id]);
}
