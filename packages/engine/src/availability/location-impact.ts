import type { Interval } from './interval-set.js';
import type { OutageRule } from './probe-samples.js';

/** One check result of a monitor from one location (`location` is any small integer naming it). */
export interface LocationSample {
  t: number;
  location: number;
  ok: boolean;
}

/**
 * From `at` on (until the next change), `failing` of the `reporting` locations see the monitor fail. A location
 * reports from its sample until its next one, or until `staleAfterMs` have passed without one: then it is silent,
 * which is "no data", never "up". `reporting` 0 is no data at all.
 */
export interface LocationChange {
  at: number;
  failing: number;
  reporting: number;
}

/** Where each location stood after its last sample: carried from one batch of samples to the next. */
export type LocationLast = Map<number, { t: number; ok: boolean }>;

/**
 * The changes of (failing, reporting) brought by samples sorted by time, and by locations falling silent up to
 * `until`. `last` holds each location's last sample before these (it is updated); `previous` is the state before
 * them, so that only real changes are returned.
 */
export function locationChanges(
  samples: readonly LocationSample[],
  staleAfterMs: number,
  until: number,
  last: LocationLast = new Map(),
  previous: { failing: number; reporting: number } = count(last, samples[0]?.t ?? until, staleAfterMs),
): LocationChange[] {
  const out: LocationChange[] = [];
  let state = previous;
  const emit = (at: number) => {
    const next = count(last, at, staleAfterMs);
    // Two changes at one instant are one change.
    if (out[out.length - 1]?.at === at) {
      out.pop();
      state = out[out.length - 1] ?? previous;
    }
    if (next.failing === state.failing && next.reporting === state.reporting) return;
    out.push({ at, ...next });
    state = next;
  };
  // Locations whose last sample goes stale by t fall silent at that exact instant, earliest first.
  const expireBy = (t: number) => {
    for (;;) {
      let soonest = Infinity;
      for (const s of last.values()) soonest = Math.min(soonest, s.t + staleAfterMs);
      if (soonest > t) return;
      for (const [loc, s] of last) if (s.t + staleAfterMs <= soonest) last.delete(loc);
      emit(soonest);
    }
  };
  for (const s of samples) {
    expireBy(s.t);
    last.set(s.location, { t: s.t, ok: s.ok });
    emit(s.t);
  }
  expireBy(until);
  return out;
}

function count(last: LocationLast, at: number, staleAfterMs: number): { failing: number; reporting: number } {
  let failing = 0;
  let reporting = 0;
  for (const s of last.values())
    if (s.t <= at && at < s.t + staleAfterMs) {
      reporting++;
      if (!s.ok) failing++;
    }
  return { failing, reporting };
}

/**
 * Whether `failing` of `reporting` locations reach a contract's impact threshold, compared in integers so that
 * 1 of 10 is exactly 10% (down at a 10% threshold) and 1 of 11 is not. No reporting location is never down.
 */
export function impaired(failing: number, reporting: number, minImpact: number): boolean {
  return reporting > 0 && failing > 0 && failing >= Math.ceil(minImpact * reporting - 1e-9);
}

/**
 * Outages from a monitor's location changes (sorted) under a contract's rule: maximal intervals where the failing
 * share reaches the threshold, kept when they last the minimum duration; one still open ends at `until`.
 */
export function outagesFromLocations(changes: readonly LocationChange[], rule: OutageRule, until: number): Interval[] {
  return spans(changes, until, (c) => impaired(c.failing, c.reporting, rule.minImpact)).filter(
    ([s, e]) => e - s >= rule.minDurationMs,
  );
}

/** Intervals where no location reported: neither up nor down, shown as no data. */
export function noDataFromLocations(changes: readonly LocationChange[], until: number): Interval[] {
  return spans(changes, until, (c) => c.reporting === 0);
}

function spans(changes: readonly LocationChange[], until: number, holds: (c: LocationChange) => boolean): Interval[] {
  const out: Interval[] = [];
  let start = -1;
  for (const c of changes) {
    if (c.at >= until) break;
    if (holds(c)) {
      if (start < 0) start = c.at;
    } else if (start >= 0) {
      out.push([start, c.at]);
      start = -1;
    }
  }
  if (start >= 0 && until > start) out.push([start, until]);
  return out;
}
