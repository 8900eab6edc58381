import type { CustomerRow } from '../../storage/repositories/customer-repository.js';
import { wireInstant } from '../core/instants.js';

/** A customer as the API shows it, with an ISO instant as every other resource. */
export function customerJson(row: Pick<CustomerRow, 'id' | 'name' | 'created_at'>) {
  return { id: row.id, name: row.name, createdAt: wireInstant(row.created_at) };
}

export type CustomerJson = ReturnType<typeof customerJson>;
