import { EXCLUSION_CATEGORIES, asIntervals, type ExclusionCategory, type ExclusionDecision } from './exclusions.js';
import { allowance, formatRatio, meets, type ExactPercent } from './exact-percent.js';
import { clip, intersect, normalize, subtract, totalLength, type Interval } from './interval-set.js';
import type { Period } from './periods.js';

export type Denominator = 'period' | 'scheduled';

export interface OutageLine {
  start: number;
  end: number;
  durationMs: number;
  countedMs: number;
  excludedMs: number;
  classification: 'counted' | 'excluded' | 'partly excluded';
  /** The exclusions that cover part of it, with how much each covers (overlaps counted once). */
  coveredBy: { exclusion: string; category: ExclusionCategory; ms: number }[];
}

/** Every millisecond of the period is in exactly one of these. */
export interface TimeClasses {
  available: number;
  outage: number;
  excluded: Partial<Record<ExclusionCategory, number>>;
}

export interface TimeReport {
  period: Period;
  target: ExactPercent;
  denominator: Denominator;
  periodMs: number;
  excludedMs: number;
  outageMs: number;
  /** The counted downtime itself: outages less exclusions, within the period. */
  counted: Interval[];
  /** Numerator and denominator of the uptime fraction, in ms. */
  good: number;
  total: number;
  uptime: string;
  met: boolean;
  outages: OutageLine[];
  classes: TimeClasses;
  decisions: ExclusionDecision[];
  budget: { allowedMs: number; usedMs: number; remainingMs: number };
}

/**
 * The time-based availability of one period: outages less the exclusions the contract allows, uptime with
 * the contract's denominator (`period`, or `scheduled` = period less excluded time, TechJutsu 1.10), the
 * error budget, and a classification of every instant.
 */
export function timeReport(input: {
  period: Period;
  target: ExactPercent;
  denominator: Denominator;
  outages: readonly Interval[];
  decisions: ExclusionDecision[];
}): TimeReport {
  const { period, target, denominator, decisions } = input;
  const outages = clip(normalize(input.outages), period.start, period.end);
  const excludedByCategory = exclusiveByCategory(decisions, period);
  const excluded = normalize(Object.values(excludedByCategory).flatMap((x) => x ?? []));
  const counted = subtract(outages, excluded);
  const periodMs = period.end - period.start;
  const excludedMs = totalLength(excluded);
  const outageMs = totalLength(counted);
  const total = denominator === 'scheduled' ? periodMs - excludedMs : periodMs;
  const good = total - outageMs;
  const allowedMs = allowance(total, target);
  const classes: TimeClasses = { available: periodMs - excludedMs - outageMs, outage: outageMs, excluded: {} };
  for (const [category, intervals] of Object.entries(excludedByCategory)) {
    const ms = totalLength(intervals ?? []);
    if (ms > 0) classes.excluded[category as ExclusionCategory] = ms;
  }
  return {
    period,
    target,
    denominator,
    periodMs,
    excludedMs,
    outageMs,
    good,
    total,
    uptime: formatRatio(good, total),
    met: total > 0 ? meets(good, total, target) : true,
    counted,
    outages: outages.map((o) => outageLine(o, decisions)),
    classes,
    decisions,
    budget: { allowedMs, usedMs: outageMs, remainingMs: allowedMs - outageMs },
  };
}

/**
 * Excluded time by category, each instant in one category only: overlapping exclusions count once, and
 * the category listed first in EXCLUSION_CATEGORIES takes the overlap.
 */
function exclusiveByCategory(
  decisions: readonly ExclusionDecision[],
  period: Period,
): Partial<Record<ExclusionCategory, Interval[]>> {
  const out: Partial<Record<ExclusionCategory, Interval[]>> = {};
  let taken: Interval[] = [];
  for (const category of EXCLUSION_CATEGORIES) {
    const mine = clip(
      normalize(asIntervals(decisions.filter((d) => d.exclusion.category === category))),
      period.start,
      period.end,
    );
    const free = subtract(mine, taken);
    if (free.length) out[category] = free;
    taken = normalize([...taken, ...free]);
  }
  return out;
}

function outageLine(o: Interval, decisions: readonly ExclusionDecision[]): OutageLine {
  // Walk exclusions in category order, each covering only what the ones before it left: overlaps count once.
  const coveredBy: OutageLine['coveredBy'] = [];
  let left: Interval[] = [o];
  for (const category of EXCLUSION_CATEGORIES) {
    for (const d of decisions.filter((x) => x.excluded && x.exclusion.category === category)) {
      const covered = intersect(left, [[d.exclusion.start, d.exclusion.end]]);
      const ms = totalLength(covered);
      if (ms === 0) continue;
      coveredBy.push({ exclusion: d.exclusion.id, category, ms });
      left = subtract(left, covered);
    }
  }
  const durationMs = o[1] - o[0];
  const countedMs = totalLength(left);
  const excludedMs = durationMs - countedMs;
  return {
    start: o[0],
    end: o[1],
    durationMs,
    countedMs,
    excludedMs,
    classification: excludedMs === 0 ? 'counted' : countedMs === 0 ? 'excluded' : 'partly excluded',
    coveredBy,
  };
}
