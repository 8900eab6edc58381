import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { businessDateOf, businessDatesBetween } from '../calendar/business-dates.js';
import { formatDuration } from '../contract/duration.js';
import { isoInstant } from '../util/instant.js';
import { intersect, normalize, type Interval } from './interval-set.js';

export const EXCLUSION_CATEGORIES = [
  'scheduled_maintenance',
  'recurring_maintenance',
  'scheduled_upgrade',
  'unplanned_maintenance',
  'emergency_maintenance',
  'customer_caused',
  'dependency_failure',
  'force_majeure',
] as const;
export type ExclusionCategory = (typeof EXCLUSION_CATEGORIES)[number];

/** Categories that are maintenance the provider declares: what a maintenance window excuses by default. */
export const MAINTENANCE_CATEGORIES: readonly ExclusionCategory[] = [
  'scheduled_maintenance',
  'recurring_maintenance',
  'scheduled_upgrade',
  'unplanned_maintenance',
  'emergency_maintenance',
];

/**
 * The evidence an exclusion category needs before it excludes time (ARCHITECTURE.md, "Availability"):
 * `notice` the contract's maintenance notice, counted in its units; `prior_communication` a communication
 * recorded before the downtime began (TechJutsu §3.3, §5.2); `record` a recorded reason, judged by people
 * (customer cause, force majeure).
 */
export const EVIDENCE_KINDS = ['notice', 'prior_communication', 'record'] as const;
export type Evidence = (typeof EVIDENCE_KINDS)[number];

/** A labelled interval that may not count against the provider. */
export interface Exclusion {
  id: string;
  start: number;
  end: number;
  category: ExclusionCategory;
  reason: string;
  /** Scheduled maintenance: when its notice went out. */
  noticeAt?: number;
  /** Unplanned maintenance: when the customer was told (TechJutsu 3.3 and 5.2: the recorded time of receipt). */
  communicatedAt?: number;
}

/** What a contract says about exclusions (its `availability.exclusions` and `maintenance` sections). */
export interface ExclusionPolicy {
  /** Categories the contract excludes from downtime. */
  excluded: ReadonlySet<ExclusionCategory>;
  /**
   * Scheduled maintenance notice: how much, in which calendar, and what a short notice does. A notice in
   * business days (`businessDates`) is counted in business dates (business-dates.ts), not as business time.
   */
  notice?: {
    durationMs: number;
    businessDates?: number;
    text: string;
    calendar: BusinessCalendar;
    shortNotice: 'counts' | 'flagged';
    rule: string;
  };
  /** The evidence each excluded category needs (default `record`; `notice` for scheduled maintenance with a notice rule). */
  evidence: Partial<Record<ExclusionCategory, Evidence>>;
  /**
   * Hours declared maintenance must avoid (Invoca §2.3 "during non-peak United States Business Hours"): the
   * calendar's open time is the hours to avoid; maintenance that overlaps them counts or is flagged.
   */
  outsideHours?: { calendar: BusinessCalendar; violation: 'counts' | 'flagged'; text: string; rule: string };
  /** Rule pointers for explanations, by category. */
  rules: Partial<Record<ExclusionCategory, string>>;
}

export interface ExclusionDecision {
  exclusion: Exclusion;
  excluded: boolean;
  /** Why: the rule and, for a refusal or a flag, what fell short. */
  rule: string;
  note?: string;
  flagged: boolean;
}

/** Decides, for each exclusion, whether the contract lets it exclude time, and why. */
export function decideExclusions(exclusions: readonly Exclusion[], policy: ExclusionPolicy): ExclusionDecision[] {
  return exclusions.map((x): ExclusionDecision => {
    const rule = policy.rules[x.category] ?? `availability.exclusions: ${x.category}`;
    if (!policy.excluded.has(x.category)) {
      return {
        exclusion: x,
        excluded: false,
        rule,
        note: `the contract does not exclude ${x.category.replace(/_/g, ' ')}`,
        flagged: false,
      };
    }
    const evidence = policy.evidence[x.category] ?? 'record';
    if (evidence === 'notice' && policy.notice) {
      const short = noticeShortfall(x, policy.notice);
      if (short) return noticeShort(x, policy.notice, short);
    }
    if (evidence === 'prior_communication' && (x.communicatedAt === undefined || x.communicatedAt >= x.start)) {
      return {
        exclusion: x,
        excluded: false,
        rule,
        note:
          x.communicatedAt === undefined
            ? `no evidence of a communication before the downtime (${x.category.replace(/_/g, ' ')} needs one)`
            : `communicated at ${isoInstant(x.communicatedAt)}, not before the downtime began`,
        flagged: false,
      };
    }
    const outside = policy.outsideHours;
    if (outside && MAINTENANCE_CATEGORIES.includes(x.category)) {
      const overlap = outside.calendar.between(x.start, x.end);
      if (overlap > 0) {
        return {
          exclusion: x,
          excluded: outside.violation === 'flagged',
          rule: outside.rule,
          note: `${formatDuration(overlap)} of it falls in ${outside.text}, which maintenance must avoid`,
          flagged: true,
        };
      }
    }
    return { exclusion: x, excluded: true, rule, flagged: false };
  });
}

/** Why a maintenance notice falls short of the contract's, or undefined when it is enough. */
function noticeShortfall(x: Exclusion, n: NonNullable<ExclusionPolicy['notice']>): string | undefined {
  if (x.noticeAt === undefined) return 'no notice was recorded';
  if (n.businessDates !== undefined) {
    // "Seven (7) Business Days' advance notice": business dates after the notice's, up to the maintenance's.
    const from = businessDateOf(n.calendar, x.noticeAt);
    const to = businessDateOf(n.calendar, x.start);
    const given = businessDatesBetween(n.calendar, from, to);
    if (given >= n.businessDates) return undefined;
    return `notice went out ${from} (${isoInstant(x.noticeAt)}) for maintenance on ${to}: ${given} business day${given === 1 ? '' : 's'} of the ${n.businessDates} required`;
  }
  const given = n.calendar.between(x.noticeAt, x.start);
  if (given >= n.durationMs) return undefined;
  // Exact to the millisecond and with the shortfall, so that a notice a minute short never reads as enough.
  return `notice went out ${isoInstant(x.noticeAt)}, ${formatDuration(given)} of ${n.calendar.name} time before the start: ${formatDuration(n.durationMs - given)} short of the ${n.text} required`;
}

function noticeShort(x: Exclusion, n: NonNullable<ExclusionPolicy['notice']>, note: string): ExclusionDecision {
  return {
    exclusion: x,
    excluded: n.shortNotice === 'flagged',
    rule: n.rule,
    note: `short notice: ${note}`,
    flagged: true,
  };
}

/** Recurring maintenance windows (weekly, local wall time in the contract's zone) as exclusions in [from, to). */
export function recurringWindows(windows: BusinessCalendar, from: number, to: number, reason: string): Exclusion[] {
  return windows.openWindows(from, to).map((w, i) => ({
    id: `recurring-${i + 1}`,
    start: w.start,
    end: w.end,
    category: 'recurring_maintenance',
    reason,
  }));
}

/**
 * A maintenance window that excuses only declared maintenance (Tactful: "if downtime cannot be avoided ... this
 * downtime will be scheduled in the below Regular Maintenance Window"): the part of each declared maintenance
 * inside a window, as a recurring_maintenance exclusion naming the maintenance it comes from. A crash in the
 * window is not maintenance and is not excused.
 */
export function declaredMaintenanceInWindows(
  windows: BusinessCalendar,
  declared: readonly Exclusion[],
  from: number,
  to: number,
): Exclusion[] {
  const open: Interval[] = windows.openWindows(from, to).map((w) => [w.start, w.end] as const);
  const out: Exclusion[] = [];
  for (const x of declared) {
    if (!MAINTENANCE_CATEGORIES.includes(x.category)) continue;
    for (const [start, end] of intersect(normalize([[x.start, x.end]]), open)) {
      out.push({
        id: `${x.id} in window`,
        start,
        end,
        category: 'recurring_maintenance',
        reason: `declared maintenance ${x.id} (${x.reason}) inside the regular maintenance window`,
      });
    }
  }
  return out;
}

export function asIntervals(decisions: readonly ExclusionDecision[]): Interval[] {
  return decisions.filter((d) => d.excluded).map((d) => [d.exclusion.start, d.exclusion.end] as const);
}
