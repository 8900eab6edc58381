import type { ExactPercent } from './exact-percent.js';
import { allowance } from './exact-percent.js';
import { clip, totalLength, type Interval } from './interval-set.js';

/** Multi-window burn-rate alert policy (Google SRE workbook, ch. 5): page fast burns, ticket slow ones. */
export const DEFAULT_BURN_ALERTS = [
  { name: 'fast', longMs: 3_600_000, shortMs: 300_000, threshold: 14.4 },
  { name: 'medium', longMs: 6 * 3_600_000, shortMs: 1_800_000, threshold: 6 },
  { name: 'slow', longMs: 3 * 86_400_000, shortMs: 6 * 3_600_000, threshold: 1 },
] as const;

/** Burn rate over [now − window, now): counted downtime as a multiple of what the target allows there. */
export function burnRate(counted: readonly Interval[], target: ExactPercent, now: number, windowMs: number): number {
  const allowed = allowance(windowMs, target);
  const used = totalLength(clip(counted, now - windowMs, now));
  return allowed > 0 ? used / allowed : used > 0 ? Infinity : 0;
}

export interface BurnAlert {
  name: string;
  firing: boolean;
  longRate: number;
  shortRate: number;
  threshold: number;
}

/** An alert fires when both its long and its short window burn at or above its threshold. */
export function burnAlerts(
  counted: readonly Interval[],
  target: ExactPercent,
  now: number,
  policy = DEFAULT_BURN_ALERTS,
): BurnAlert[] {
  return policy.map((p) => {
    const longRate = burnRate(counted, target, now, p.longMs);
    const shortRate = burnRate(counted, target, now, p.shortMs);
    return {
      name: p.name,
      firing: longRate >= p.threshold && shortRate >= p.threshold,
      longRate,
      shortRate,
      threshold: p.threshold,
    };
  });
}
