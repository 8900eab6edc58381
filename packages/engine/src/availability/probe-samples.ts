import type { Interval } from './interval-set.js';

/**
 * Raw probe results of one monitor, held as columns: sample i was taken at `t[i]` from location
 * `location[i]` (0 ≤ location < locations) and succeeded when `ok[i]` is 1. Sorted by time.
 */
export interface ProbeColumns {
  t: Float64Array;
  location: Uint8Array;
  ok: Uint8Array;
  length: number;
  locations: number;
}

export interface OutageRule {
  /** Impact (fraction of users impaired, 0–1) at or above which the service is down. */
  minImpact: number;
  /** Shortest interruption that counts, in ms (TechJutsu: 60 s). */
  minDurationMs: number;
}

/**
 * Outages from probe samples in one pass: impact = failing locations / locations, where each location's
 * state holds from its sample until its next one; an outage is a maximal interval with impact ≥ minImpact,
 * kept when it lasts at least minDuration. The interval ends at the first sample that brings impact back
 * under the threshold, or at `until` when it is still down then.
 */
export function outagesFromProbes(p: ProbeColumns, rule: OutageRule, until: number): Interval[] {
  const failing = new Uint8Array(p.locations);
  let down = 0;
  // Integer comparison avoids rounding: down / locations ≥ minImpact ⇔ down ≥ minImpact × locations.
  const needed = Math.max(1, Math.ceil(rule.minImpact * p.locations - 1e-9));
  const out: Interval[] = [];
  let start = -1;
  const { t, location, ok, length } = p;
  for (let i = 0; i < length; i++) {
    const loc = location[i]!;
    const failed = ok[i] === 0 ? 1 : 0;
    if (failed !== failing[loc]) {
      failing[loc] = failed;
      down += failed ? 1 : -1;
      if (start < 0 && down >= needed) start = t[i]!;
      else if (start >= 0 && down < needed) {
        if (t[i]! - start >= rule.minDurationMs) out.push([start, t[i]!]);
        start = -1;
      }
    }
  }
  if (start >= 0 && until - start >= rule.minDurationMs) out.push([start, until]);
  return out;
}
