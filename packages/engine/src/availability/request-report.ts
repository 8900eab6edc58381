import type { ExclusionDecision } from './exclusions.js';
import { allowance, formatRatio, meets, type ExactPercent } from './exact-percent.js';
import type { Period } from './periods.js';

/** Request counts for an interval; `excludedFailed` are failures in excluded categories (customer-caused, ...). */
export interface RequestRow {
  start: number;
  end: number;
  total: number;
  failed: number;
  excludedFailed?: number;
}

export interface RequestReport {
  period: Period;
  target: ExactPercent;
  total: number;
  failed: number;
  /** Requests left out: in excluded intervals, or failures in excluded categories. */
  excludedRequests: number;
  good: number;
  uptime: string;
  met: boolean;
  budget: { allowedFailures: number; usedFailures: number; remainingFailures: number };
}

/**
 * Request-based availability (SecurEnvoy: server-side failure rate across all users' requests): good / valid
 * requests in the period. Rows inside an excluded interval, and failures in excluded categories, are not valid
 * requests. A row is attributed to the period (and to an exclusion) by its start.
 */
export function requestReport(input: {
  period: Period;
  target: ExactPercent;
  rows: readonly RequestRow[];
  decisions: readonly ExclusionDecision[];
}): RequestReport {
  const { period, target } = input;
  const excluded = input.decisions.filter((d) => d.excluded).map((d) => d.exclusion);
  let total = 0;
  let failed = 0;
  let excludedRequests = 0;
  for (const r of input.rows) {
    if (r.start < period.start || r.start >= period.end) continue;
    if (excluded.some((x) => r.start >= x.start && r.start < x.end)) {
      excludedRequests += r.total;
      continue;
    }
    const dropped = Math.min(r.excludedFailed ?? 0, r.failed);
    excludedRequests += dropped;
    total += r.total - dropped;
    failed += r.failed - dropped;
  }
  const good = total - failed;
  const allowedFailures = allowance(total, target);
  return {
    period,
    target,
    total,
    failed,
    excludedRequests,
    good,
    uptime: formatRatio(good, total),
    met: total > 0 ? meets(good, total, target) : true,
    budget: { allowedFailures, usedFailures: failed, remainingFailures: allowedFailures - failed },
  };
}
