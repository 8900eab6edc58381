import type { ContactRow } from '../../storage/repositories/contact-repository.js';
import { wireInstant } from '../core/instants.js';

export interface ContactJson {
  id: string;
  name: string;
  email: string;
  /** A designated support contact (Invoca §2.4), counted against each assigned contract's limit. */
  designated: boolean;
  createdAt: string;
}

export function contactJson(row: ContactRow): ContactJson {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    designated: row.designated === 1,
    createdAt: wireInstant(row.created_at),
  };
}
