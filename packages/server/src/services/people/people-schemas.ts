import { z } from 'zod';
import { instantText } from '../core/instant-codec.js';

export const role = z.enum(['admin', 'agent', 'auditor', 'customer']);

/** NIST SP 800-63B: at least 8 characters, long passphrases allowed, no composition rules. */
export const password = z.string().min(10, 'at least 10 characters').max(256);
export const email = z.email().max(254);
export const personName = z.string().trim().min(1).max(200);

export const user = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  customerId: z.string().nullable().describe('the one customer a customer contact sees; null for staff'),
});

export const userDetail = user.extend({
  createdAt: instantText,
  disabledAt: instantText.nullable().describe('null while the user may sign in'),
});

export const session = z.object({
  user,
  csrfToken: z.string().describe('send it as the X-CSRF-Token header with every write made with the session cookie'),
  expiresAt: instantText,
});

export const invitation = z.object({
  id: z.string(),
  email: z.string(),
  role,
  customerId: z.string().nullable(),
  createdAt: instantText,
  createdBy: z.string(),
  expiresAt: instantText,
  acceptedAt: instantText.nullable(),
  revokedAt: instantText.nullable(),
});

export const issuedInvitation = invitation.extend({
  acceptPath: z
    .string()
    .describe(
      'shown once: the one-time link to hand to the invitee, /accept-invitation?token=…, relative to the server',
    ),
});

export type UserJson = z.infer<typeof user>;
export type UserDetailJson = z.infer<typeof userDetail>;
export type SessionJson = z.infer<typeof session>;
export type InvitationJson = z.infer<typeof invitation>;
