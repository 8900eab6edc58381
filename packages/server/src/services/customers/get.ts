import { contactsOf } from '../../storage/repositories/contact-repository.js';
import { assignmentsOf } from '../../storage/repositories/contract-repository.js';
import { findCustomer, listCustomers } from '../../storage/repositories/customer-repository.js';
import { customerJson, type CustomerDetailJson, type CustomerJson } from './customer-json.js';
import { contactJson } from '../contacts/contact-json.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

export async function getCustomer(ctx: ServiceContext, id: string): Promise<CustomerDetailJson> {
  requireVisible(ctx, id, `customer ${id}`);
  const row = await findCustomer(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no customer ${id}`);
  return {
    ...customerJson(row),
    contacts: (await contactsOf(ctx.db, id)).map(contactJson),
    contracts: (await assignmentsOf(ctx.db, id)).map((a) => ({
      contractId: a.contract_id,
      version: a.contract_version,
      orderForm: a.order_form !== null,
    })),
  };
}

/** Customers by id; a customer contact's list holds its own customer only. */
export async function listCustomerPage(
  ctx: ServiceContext,
  page: { cursor?: string; limit: number },
): Promise<Page<CustomerJson>> {
  const after = decodeCursor<[string]>(page.cursor, ['string']);
  const own = ctx.principal.role === 'customer' ? ctx.principal.customerId : undefined;
  if (own !== undefined) {
    const row = after === undefined || after[0] < own ? await findCustomer(ctx.db, own) : undefined;
    return { items: row ? [customerJson(row)] : [], next: null };
  }
  const rows = await listCustomers(ctx.db, { after: after?.[0], limit: page.limit + 1 });
  return pageOf(rows, page.limit, customerJson, (c) => [c.id]);
}
