import { contactsOf } from '../storage/repositories/contact-repository.js';
import { assignmentsOf } from '../storage/repositories/contract-repository.js';
import { findCustomer } from '../storage/repositories/customer-repository.js';
import { requireVisible } from './permissions.js';
import { ServiceError, type ServiceContext } from './service-context.js';

export async function getCustomer(ctx: ServiceContext, id: string): Promise<object> {
  requireVisible(ctx, id, `customer ${id}`);
  const row = await findCustomer(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no customer ${id}`);
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    contacts: (await contactsOf(ctx.db, id)).map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      designated: c.designated === 1,
    })),
    contracts: (await assignmentsOf(ctx.db, id)).map((a) => ({
      contractId: a.contract_id,
      version: a.contract_version,
      orderForm: a.order_form !== null,
    })),
  };
}
