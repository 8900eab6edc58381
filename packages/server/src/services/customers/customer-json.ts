import { z } from 'zod';
import type { CustomerRow } from '../../storage/repositories/customer-repository.js';
import { contactSchema } from '../contacts/contact-json.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

export const customerSchema = z.object({ id: z.string(), name: z.string(), createdAt: instantText });
export type CustomerJson = z.infer<typeof customerSchema>;

/** GET /customers/{customerId}: the customer with its contacts and the contracts assigned to it. */
export const customerDetailSchema = customerSchema.extend({
  contacts: z.array(contactSchema),
  contracts: z.array(
    z.object({
      contractId: z.string(),
      version: z.number().int(),
      orderForm: z.boolean().describe('whether an order form supplies the contract parameters'),
    }),
  ),
});
export type CustomerDetailJson = z.infer<typeof customerDetailSchema>;

/** A customer as the API shows it, with an ISO instant as every other resource. */
export function customerJson(row: Pick<CustomerRow, 'id' | 'name' | 'created_at'>): CustomerJson {
  return { id: row.id, name: row.name, createdAt: wireInstant(row.created_at) };
}
