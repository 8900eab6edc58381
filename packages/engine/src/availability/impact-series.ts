import { normalize, type Interval } from './interval-set.js';
import type { OutageRule } from './probe-samples.js';

/** A piece of an impact series: from `start` to `end`, `impact` (0–1) of users were impaired. */
export interface ImpactStep {
  start: number;
  end: number;
  impact: number;
}

/** Request counts per interval → impact = failed / total (an interval with no requests impairs nobody). */
export function impactFromRequests(
  rows: readonly { start: number; end: number; total: number; failed: number }[],
): ImpactStep[] {
  return rows.map((r) => ({ start: r.start, end: r.end, impact: r.total > 0 ? r.failed / r.total : 0 }));
}

/**
 * Declared incidents with the fraction of users each affected → a series where overlapping incidents
 * count as the larger of them (two incidents do not impair the same users twice).
 */
export function impactFromIncidents(
  incidents: readonly { start: number; end: number; fraction: number }[],
): ImpactStep[] {
  const cuts = [...new Set(incidents.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
  const steps: ImpactStep[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [s, e] = [cuts[k]!, cuts[k + 1]!];
    const impact = Math.max(0, ...incidents.filter((i) => i.start <= s && i.end >= e).map((i) => i.fraction));
    if (impact > 0) steps.push({ start: s, end: e, impact });
  }
  return steps;
}

/** Maximal intervals where impact ≥ the threshold, kept when they last at least the minimum. */
export function outagesFromImpact(steps: readonly ImpactStep[], rule: OutageRule): Interval[] {
  const down = normalize(steps.filter((s) => s.impact >= rule.minImpact).map((s) => [s.start, s.end] as const));
  return down.filter(([s, e]) => e - s >= rule.minDurationMs);
}
