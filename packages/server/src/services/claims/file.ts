import { randomUUID } from 'node:crypto';
import { evaluateClaim } from '@surety/engine';
import { acceptedClaim, insertClaim, type ClaimRow } from '../../storage/repositories/claim-repository.js';
import { contactsOf } from '../../storage/repositories/contact-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudit } from '../audit/log.js';
import { claimJson, type ClaimJson } from './claim-json.js';
import { measureMonth } from '../credits/month-credit.js';
import { requireClaimant } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { soleContract } from '../contracts/sole-contract.js';
import { writeTransaction } from '../core/write-transaction.js';

export interface ClaimInput {
  /** The month claimed, YYYY-MM in the contract's zone. */
  period: string;
  /** Needed when the customer has more than one contract. */
  contractId?: string;
  /** The contact making the claim. */
  contactId?: string;
}

/**
 * Files a service-credit claim for a month and decides it at once with the engine's claim rules (the credit tier
 * the month's uptime falls in, and the claim window counted from the day service was affected), against the
 * downtime recorded when it is filed. The claim is stored with its decision, and both go to the audit log.
 */
export async function fileClaim(ctx: ServiceContext, customerId: string, input: ClaimInput): Promise<ClaimJson> {
  requireClaimant(ctx, customerId, `customer ${customerId}`);
  if (!(await findCustomer(ctx.db, customerId))) throw new ServiceError('not_found', `no customer ${customerId}`);
  const contractId = await soleContract(ctx.db, customerId, input.contractId);
  if (input.contactId !== undefined && !(await contactsOf(ctx.db, customerId)).some((c) => c.id === input.contactId))
    throw new ServiceError('not_found', `customer ${customerId} has no contact ${input.contactId}`, 'contactId');
  const filedAt = ctx.now();
  const month = await measureMonth(ctx, customerId, contractId, input.period);
  const decision = month.policy
    ? evaluateClaim(month.good, month.total, month.policy, month.zone, {
        filedAt,
        affectedAt: month.affectedAt ?? month.periodStart,
      })
    : undefined;
  // A credit owed without a claim is owed all the more with one; "nothing owed" (a target, not a guarantee) and
  // a month that earns nothing reject the claim.
  const accepted = decision?.outcome === 'accepted' || decision?.outcome === 'owed without claim';
  const row: ClaimRow = {
    id: randomUUID(),
    customer_id: customerId,
    contract_id: contractId,
    period: input.period,
    contact_id: input.contactId ?? null,
    filed_at: filedAt,
    filed_by: ctx.principal.actor,
    affected_at: month.affectedAt ?? null,
    deadline: decision?.deadline ?? null,
    outcome: accepted ? 'accepted' : 'rejected',
    credit: accepted ? decision!.credit.credit : 0,
    form: decision?.credit.form ?? 'none',
    uptime: month.uptime,
    rule: decision?.rule ?? '/credits',
    reason: decision?.reason ?? `contract ${contractId} sets no service credits`,
  };
  return writeTransaction(ctx, async (trx) => {
    const earlier = await acceptedClaim(trx, customerId, contractId, input.period);
    if (earlier)
      throw new ServiceError(
        'conflict',
        `claim ${earlier.id} for ${input.period} under ${contractId} was already accepted`,
        'period',
      );
    await insertClaim(trx, row);
    await recordAudit(trx, ctx, 'claim.decided', `claim:${row.id}`, {
      customer: customerId,
      contract: contractId,
      period: input.period,
      contact: row.contact_id,
      onBehalf: ctx.principal.role !== 'customer',
      outcome: row.outcome,
      credit: row.credit,
      form: row.form,
      uptime: row.uptime,
      affectedAt: row.affected_at,
      deadline: row.deadline,
      rule: row.rule,
      reason: row.reason,
    });
    return claimJson(row);
  });
}
