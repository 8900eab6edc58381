import { z } from 'zod';
import type { ClaimRow } from '../../storage/repositories/claim-repository.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

/** A service-credit claim with its decision. */
export const claimSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  contractId: z.string(),
  period: z.string(),
  contactId: z.string().nullable(),
  filedAt: instantText,
  filedBy: z.string(),
  affectedAt: instantText.nullable().describe('the day service was affected, from which the claim window runs'),
  deadline: instantText.nullable().describe('the end of the claim window (exclusive)'),
  outcome: z.enum(['accepted', 'rejected']),
  credit: z.number().describe("the credit granted (0 when rejected), in the contract's form"),
  form: z.string(),
  uptime: z.string().nullable(),
  rule: z.string().describe('the contract rule that decided'),
  reason: z.string(),
});
export type ClaimJson = z.infer<typeof claimSchema>;

export function claimJson(r: ClaimRow): ClaimJson {
  return {
    id: r.id,
    customerId: r.customer_id,
    contractId: r.contract_id,
    period: r.period,
    contactId: r.contact_id,
    filedAt: wireInstant(r.filed_at),
    filedBy: r.filed_by,
    affectedAt: r.affected_at === null ? null : wireInstant(r.affected_at),
    deadline: r.deadline === null ? null : wireInstant(r.deadline),
    outcome: r.outcome,
    credit: r.credit,
    form: r.form,
    uptime: r.uptime,
    rule: r.rule,
    reason: r.reason,
  };
}
