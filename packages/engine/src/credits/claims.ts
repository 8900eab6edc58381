import { Temporal } from 'temporal-polyfill';
import { localDateOf, localToEpochMs } from '../calendar/local-time.js';
import { isoInstant } from '../util/instant.js';
import { creditFor, type CreditOutcome, type CreditPolicy } from './credit-tiers.js';

export interface Claim {
  filedAt: number;
  /** When service was affected (the outage the claim is about). */
  affectedAt: number;
}

export interface ClaimDecision {
  outcome: 'accepted' | 'rejected' | 'owed without claim' | 'nothing owed';
  credit: CreditOutcome;
  /** The last instant a claim may be filed (exclusive), when the contract sets a window. */
  deadline?: number;
  reason: string;
  rule: string;
}

/**
 * The claim window runs from the local date service was affected: "within thirty (30) days of the date
 * service was affected" (SecurEnvoy) closes at the end of the 30th day after that date, in the contract's zone.
 */
export function claimDeadline(affectedAt: number, days: number, zone: string): number {
  const date = localDateOf(zone, affectedAt).add({ days: days + 1 });
  return localToEpochMs(zone, Temporal.PlainDate.from(date), 0);
}

/** Evaluates a claim (or its absence) against a month's uptime. */
export function evaluateClaim(
  good: number,
  total: number,
  policy: CreditPolicy,
  zone: string,
  claim?: Claim,
): ClaimDecision {
  const credit = creditFor(good, total, policy);
  if (policy.form === 'none') {
    return {
      outcome: 'nothing owed',
      credit,
      reason: 'the contract states a target, not a guarantee: no credits',
      rule: policy.rule,
    };
  }
  if (credit.credit === 0) {
    return {
      outcome: claim ? 'rejected' : 'nothing owed',
      credit,
      reason: 'the month met the level that earns a credit',
      rule: policy.rule,
    };
  }
  if (policy.claimWindowDays === undefined) {
    return {
      outcome: 'owed without claim',
      credit,
      reason: 'the contract grants this credit without a claim',
      rule: credit.rule,
    };
  }
  if (!claim) {
    return { outcome: 'nothing owed', credit, reason: 'a credit is available but must be claimed', rule: policy.rule };
  }
  const deadline = claimDeadline(claim.affectedAt, policy.claimWindowDays, zone);
  if (claim.filedAt >= deadline) {
    return {
      outcome: 'rejected',
      credit,
      deadline,
      reason: `filed ${isoInstant(claim.filedAt)}, after the ${policy.claimWindowDays}-day window that closed ${isoInstant(deadline)}`,
      rule: policy.rule,
    };
  }
  return {
    outcome: 'accepted',
    credit,
    deadline,
    reason: `filed within ${policy.claimWindowDays} days of the day service was affected`,
    rule: credit.rule,
  };
}
