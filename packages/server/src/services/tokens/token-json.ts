import { z } from 'zod';
import type { ApiTokenRow } from '../../storage/repositories/token-repository.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';
import type { Role } from '../core/service-context.js';

export const roleSchema = z.enum(['admin', 'agent', 'auditor', 'customer'] satisfies Role[]);

/** An API token as it is listed and read: never its secret (shown once, when issued) nor its hash. */
export const tokenSchema = z.object({
  id: z.string(),
  role: roleSchema,
  customerId: z.string().nullable(),
  label: z.string(),
  createdAt: instantText,
  expiresAt: instantText.nullable(),
  revokedAt: instantText.nullable(),
});
export type TokenJson = z.infer<typeof tokenSchema>;

/** POST /tokens: the token with its secret, the one time it is shown. */
export const issuedTokenSchema = tokenSchema.extend({
  token: z.string().describe('shown once: the bearer token, sur_<id>_<secret> (only its SHA-256 is stored)'),
});
export type IssuedTokenJson = z.infer<typeof issuedTokenSchema>;

/** Never the hash: no client needs it, and the store keeps it only to check the tokens presented. */
export function tokenJson(row: ApiTokenRow): TokenJson {
  return {
    id: row.id,
    role: row.role,
    customerId: row.customer_id,
    label: row.label,
    createdAt: wireInstant(row.created_at),
    expiresAt: row.expires_at === null ? null : wireInstant(row.expires_at),
    revokedAt: row.revoked_at === null ? null : wireInstant(row.revoked_at),
  };
}
