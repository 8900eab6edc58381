import type { ExactPercent } from '../availability/exact-percent.js';

/** One band of a credit table, with explicit bounds on uptime (a bound left out is open-ended). */
export interface CreditTier {
  /** Uptime strictly below this. */
  below?: ExactPercent;
  /** Uptime at or below this. */
  atMost?: ExactPercent;
  /** Uptime at or above this. */
  atLeast?: ExactPercent;
  /** Uptime strictly above this. */
  above?: ExactPercent;
  credit: number;
  rule: string;
}

export type CreditForm = 'licence_days' | 'fee_percent' | 'none';

export interface CreditPolicy {
  form: CreditForm;
  tiers: CreditTier[];
  /** Largest credit for one calendar month, in the form's unit. */
  monthlyCap?: number;
  /** Days after the day service was affected within which a claim must be made; undefined: owed without a claim. */
  claimWindowDays?: number;
  rule: string;
}

/** Compares good/total with a percentage exactly: the sign of (good/total×100 − p). */
function compare(good: number, total: number, p: ExactPercent): number {
  return Math.sign(good * 100 * p.scale - p.scaled * total);
}

/** Whether an uptime of good/total falls in the tier. */
export function inTier(good: number, total: number, tier: CreditTier): boolean {
  return (
    (tier.below === undefined || compare(good, total, tier.below) < 0) &&
    (tier.atMost === undefined || compare(good, total, tier.atMost) <= 0) &&
    (tier.atLeast === undefined || compare(good, total, tier.atLeast) >= 0) &&
    (tier.above === undefined || compare(good, total, tier.above) > 0)
  );
}

export interface CreditOutcome {
  credit: number;
  form: CreditForm;
  tier?: CreditTier;
  capped: boolean;
  rule: string;
}

/** The credit a month's uptime earns: the matching tier, capped; none when the contract gives no credits. */
export function creditFor(good: number, total: number, policy: CreditPolicy): CreditOutcome {
  if (policy.form === 'none') return { credit: 0, form: 'none', capped: false, rule: policy.rule };
  const tier = policy.tiers.find((t) => inTier(good, total, t));
  if (!tier) return { credit: 0, form: policy.form, capped: false, rule: policy.rule };
  const capped = policy.monthlyCap !== undefined && tier.credit > policy.monthlyCap;
  return { credit: capped ? policy.monthlyCap! : tier.credit, form: policy.form, tier, capped, rule: tier.rule };
}
