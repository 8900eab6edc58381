import { z } from 'zod';
import { claimDeadline, evaluateClaim } from '@surety/engine';
import { acceptedClaim, saveCreditDecision } from '../../storage/repositories/claim-repository.js';
import { assignmentsOf } from '../../storage/repositories/contract-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudits, type AuditRecord } from '../audit/log.js';
import { measureMonth, type MonthMeasure } from './month-credit.js';
import { requireAdmin, requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

export type CreditStanding = 'owed' | 'claim needed' | 'claim window closed' | 'nothing owed' | 'not measured';

/** What a customer is owed for a month under one contract, and what it must do to get it. */
export const creditOwedSchema = z.object({
  contractId: z.string(),
  outcome: z.enum([
    'owed',
    'claim needed',
    'claim window closed',
    'nothing owed',
    'not measured',
  ] satisfies CreditStanding[]),
  uptime: z.string().nullable(),
  credit: z.number().describe("the credit the month earns under the contract's tiers, capped, in the contract's form"),
  form: z.string(),
  owed: z.number().describe('what is owed now (0 until a needed claim is accepted)'),
  claimNeeded: z.boolean(),
  deadline: instantText
    .nullable()
    .describe('the end of the claim window, where the contract sets one and a credit is earned'),
  claimId: z.string().nullable(),
  rule: z.string(),
  reason: z.string(),
});
export type CreditOwed = z.infer<typeof creditOwedSchema>;

/** A month's credits of a customer, per contract. */
export const creditsOwedSchema = z.object({
  customerId: z.string(),
  period: z.string(),
  credits: z.array(creditOwedSchema),
});

/** The credits a customer is owed for a month, per contract, as of now. Reading writes nothing. */
export async function creditsOwed(
  ctx: ServiceContext,
  customerId: string,
  query: { period: string; contractId?: string },
): Promise<{ customerId: string; period: string; credits: CreditOwed[] }> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  if (!(await findCustomer(ctx.db, customerId))) throw new ServiceError('not_found', `no customer ${customerId}`);
  const contractIds =
    query.contractId !== undefined
      ? [query.contractId]
      : (await assignmentsOf(ctx.db, customerId)).map((a) => a.contract_id);
  const credits: CreditOwed[] = [];
  for (const contractId of contractIds) credits.push(await owedUnder(ctx, customerId, contractId, query.period));
  return { customerId, period: query.period, credits };
}

/**
 * Closes a month's credits for a customer: the decisions as of now are recorded, and written to the audit log
 * when first made or when changed since the last close (a claim accepted, a window closed, downtime recorded
 * late), with who closed it and when. An explicit action (admins: finance), so that reading credits never writes.
 */
export async function closeCreditPeriod(
  ctx: ServiceContext,
  customerId: string,
  period: string,
): Promise<{ customerId: string; period: string; credits: CreditOwed[] }> {
  requireAdmin(ctx);
  const owed = await creditsOwed(ctx, customerId, { period });
  const now = ctx.now();
  await writeTransaction(ctx, async (trx) => {
    const audits: AuditRecord[] = [];
    for (const c of owed.credits) {
      if (c.outcome === 'not measured') continue;
      const changed = await saveCreditDecision(trx, {
        customer_id: customerId,
        contract_id: c.contractId,
        period,
        outcome: c.outcome,
        credit: c.credit,
        form: c.form,
        claim_id: c.claimId,
        decided_at: now,
        decided_by: ctx.principal.actor,
      });
      if (changed)
        audits.push({ action: 'credit.decided', entity: `customer:${customerId}`, detail: { period, ...c } });
    }
    // Last: the audit chain stays locked until the transaction ends.
    await recordAudits(trx, ctx, audits);
  });
  return owed;
}

async function owedUnder(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  period: string,
): Promise<CreditOwed> {
  let month: MonthMeasure;
  try {
    month = await measureMonth(ctx, customerId, contractId, period);
  } catch (e) {
    // A contract without availability terms (or awaiting them from the order form) measures nothing to credit.
    if (e instanceof ServiceError && e.code === 'invalid' && e.field === '/contract')
      return {
        contractId,
        outcome: 'not measured',
        uptime: null,
        credit: 0,
        form: 'none',
        owed: 0,
        claimNeeded: false,
        deadline: null,
        claimId: null,
        rule: '/availability',
        reason: e.message,
      };
    throw e;
  }
  const base = { contractId, uptime: month.uptime, deadline: null, claimId: null };
  const policy = month.policy;
  if (!policy)
    return {
      ...base,
      outcome: 'nothing owed',
      credit: 0,
      form: 'none',
      owed: 0,
      claimNeeded: false,
      rule: '/credits',
      reason: `contract ${contractId} sets no service credits`,
    };
  const decision = evaluateClaim(month.good, month.total, policy, month.zone);
  const earned = { credit: decision.credit.credit, form: decision.credit.form };
  if (decision.outcome === 'owed without claim')
    return {
      ...base,
      ...earned,
      outcome: 'owed',
      owed: earned.credit,
      claimNeeded: false,
      rule: decision.rule,
      reason: decision.reason,
    };
  if (earned.credit === 0 || policy.claimWindowDays === undefined)
    return {
      ...base,
      ...earned,
      outcome: 'nothing owed',
      owed: 0,
      claimNeeded: false,
      rule: decision.rule,
      reason: decision.reason,
    };
  const claim = await acceptedClaim(ctx.db, customerId, contractId, period);
  if (claim)
    return {
      ...base,
      ...earned,
      outcome: 'owed',
      owed: earned.credit,
      claimNeeded: false,
      deadline: claim.deadline === null ? null : wireInstant(claim.deadline),
      claimId: claim.id,
      rule: claim.rule,
      reason: `claim ${claim.id} was accepted (${claim.reason})`,
    };
  const deadline = claimDeadline(month.affectedAt ?? month.periodStart, policy.claimWindowDays, month.zone);
  const open = ctx.now() < deadline;
  return {
    ...base,
    ...earned,
    outcome: open ? 'claim needed' : 'claim window closed',
    owed: 0,
    claimNeeded: open,
    deadline: wireInstant(deadline),
    rule: policy.rule,
    reason: open
      ? `a credit is earned but must be claimed within ${policy.claimWindowDays} days of the day service was affected`
      : `a credit was earned but not claimed within ${policy.claimWindowDays} days of the day service was affected`,
  };
}
