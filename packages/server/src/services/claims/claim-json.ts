import type { ClaimRow } from '../../storage/repositories/claim-repository.js';
import { wireInstant } from '../core/instants.js';

export interface ClaimJson {
  id: string;
  customerId: string;
  contractId: string;
  period: string;
  contactId: string | null;
  filedAt: string;
  filedBy: string;
  affectedAt: string | null;
  deadline: string | null;
  outcome: 'accepted' | 'rejected';
  /** The credit granted (0 when rejected), in the contract's form. */
  credit: number;
  form: string;
  uptime: string | null;
  rule: string;
  reason: string;
}

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
