import { z } from 'zod';
import { instantText } from '../core/instant-codec.js';

/** One audit entry with its chain and hash: a reader can recheck it against the one before it in the same chain. */
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: instantText,
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  detail: z.unknown().describe('what changed, as recorded'),
  chain: z.number().int().describe('the hash chain the entry extends (the log is several)'),
  hash: z.string(),
  prevHash: z.string().describe('the hash of the previous entry in the same chain'),
});
export type AuditEntryJson = z.infer<typeof auditEntrySchema>;

/** What checking the hash chains (and, with the audit key, the signed checkpoints) found. */
export const auditVerificationSchema = z.object({
  entries: z.number().int(),
  chains: z.number().int().describe('how many of the chains hold entries'),
  checkpoints: z.number().int().describe('signed checkpoints checked against the log (none without the audit key)'),
  ok: z.boolean(),
  broken: z
    .object({ seq: z.number().int().nullable(), chain: z.number().int().nullable(), reason: z.string() })
    .optional()
    .describe('the first entry that does not follow from the one before it in its chain, or what a checkpoint shows'),
  caveat: z
    .string()
    .optional()
    .describe('what this verification could not show (no checkpoints: the newest entries could be missing unseen)'),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
