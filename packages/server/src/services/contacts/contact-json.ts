import { z } from 'zod';
import type { ContactRow } from '../../storage/repositories/contact-repository.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';
import { rolesOf } from './contact-roles.js';

export const contactSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  designated: z
    .boolean()
    .describe('a designated support contact (Invoca §2.4), counted against each assigned contract limit'),
  roles: z
    .array(z.string())
    .describe(
      "the roles it holds, as the customer's contracts name them; a contract tells these roles of unplanned maintenance and incidents (TechJutsu §5.1)",
    ),
  createdAt: instantText,
});
export type ContactJson = z.infer<typeof contactSchema>;

export function contactJson(row: ContactRow): ContactJson {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    designated: row.designated === 1,
    roles: rolesOf(row),
    createdAt: wireInstant(row.created_at),
  };
}
