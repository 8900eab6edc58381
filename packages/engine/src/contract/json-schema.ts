import { z } from 'zod';
import { contractSchema, orderFormSchema } from './contract-schema.js';

/** JSON Schema for editors (contracts/schema.json): a contract file or an order form. */
export function contractJsonSchema(): object {
  const schema = z.toJSONSchema(z.union([contractSchema, orderFormSchema]), { io: 'input', unrepresentable: 'any' });
  return { ...schema, title: 'Surety contract or order form (surety: 1)' };
}
