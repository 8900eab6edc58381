import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { isoInstant } from '../util/instant.js';
import type { Interval } from './interval-set.js';

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
  /** Scheduled maintenance notice: how much, in which calendar, and what a short notice does. */
  notice?: {
    durationMs: number;
    text: string;
    calendar: BusinessCalendar;
    shortNotice: 'counts' | 'flagged';
    rule: string;
  };
  /** Unplanned maintenance is excluded only if communicated before it began. */
  unplannedNeedsPriorCommunication: boolean;
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
    if (x.category === 'scheduled_maintenance' && policy.notice) {
      const n = policy.notice;
      if (x.noticeAt === undefined) return noticeShort(x, n, 'no notice was recorded');
      const given = n.calendar.between(x.noticeAt, x.start);
      if (given < n.durationMs) {
        return noticeShort(
          x,
          n,
          `notice went out ${isoInstant(x.noticeAt)}, ${formatHours(given)} of ${n.calendar.name} time before the start; ${n.text} required`,
        );
      }
    }
    if (x.category === 'unplanned_maintenance' && policy.unplannedNeedsPriorCommunication) {
      if (x.communicatedAt === undefined || x.communicatedAt >= x.start) {
        return {
          exclusion: x,
          excluded: false,
          rule,
          note:
            x.communicatedAt === undefined
              ? 'no evidence of a communication before the downtime'
              : `communicated at ${isoInstant(x.communicatedAt)}, not before the downtime began`,
          flagged: false,
        };
      }
    }
    return { exclusion: x, excluded: true, rule, flagged: false };
  });
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

function formatHours(ms: number): string {
  return `${(ms / 3_600_000).toFixed(1)}h`;
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

export function asIntervals(decisions: readonly ExclusionDecision[]): Interval[] {
  return decisions.filter((d) => d.excluded).map((d) => [d.exclusion.start, d.exclusion.end] as const);
}
