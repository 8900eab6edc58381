import { findCustomer, insertCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudit } from '../audit/log.js';
import { customerJson, type CustomerDetailJson } from './customer-json.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/** Creates a customer, answered as GET /customers/{customerId} shows it. */
export async function createCustomer(
  ctx: ServiceContext,
  input: { id: string; name: string },
): Promise<CustomerDetailJson> {
  requireStaffWrite(ctx);
  const row = { id: input.id, name: input.name, created_at: ctx.now() };
  return writeTransaction(ctx, async (trx) => {
    if (await findCustomer(trx, input.id)) throw new ServiceError('conflict', `customer ${input.id} exists`, 'id');
    await insertCustomer(trx, row);
    await recordAudit(trx, ctx, 'customer.created', `customer:${row.id}`, { name: row.name });
    // As GET /customers/{customerId} shows it: a new customer has no contacts and no contracts yet.
    return { ...customerJson(row), contacts: [], contracts: [] };
  });
}
