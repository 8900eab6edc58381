import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { ExactPercent } from '../availability/exact-percent.js';
import type { ExclusionPolicy } from '../availability/exclusions.js';
import type { OutageRule } from '../availability/probe-samples.js';
import type { CreditPolicy } from '../credits/credit-tiers.js';
import type { ContractDoc } from './contract-schema.js';

export type ClockKind = 'first_response' | 'next_update' | 'resolution';
export const CLOCK_KINDS: readonly ClockKind[] = ['first_response', 'next_update', 'resolution'];
export type ReplyAuthor = 'agent' | 'customer' | 'system';
export type SeverityChangeMode = 'retroactive' | 'restart';

/** One clock's target for one plan and severity, with every setting resolved. */
export interface TargetRule {
  kind: ClockKind;
  durationMs: number;
  /** The duration as the contract (or order form) wrote it. */
  durationText: string;
  /**
   * next_update only. `rolling`: a new update is owed after each one; `once`: one update after the first
   * response (TechJutsu §10.6). With `businessDates` set, an update is due by the close of that many business
   * dates after the date of the last one, and `durationMs` is only its nominal length (SecurEnvoy P1, P2).
   */
  repeat: 'rolling' | 'once';
  businessDates?: number;
  calendar: BusinessCalendar;
  /** Fractions of the target (0.75 for "75%") at which a warning falls due. */
  warnAt: number[];
  pauseWhen: string[];
  counts: { authors: ReplyAuthor[]; publicOnly: boolean };
  onSeverityChange: SeverityChangeMode;
  /** JSON pointer of the target in the contract file: the rule named in explanations. */
  rule: string;
  clause?: string;
}

export interface SeverityLevel {
  id: string;
  name: string;
  definition: string;
  examples: string[];
}

export interface Plan {
  id: string;
  name: string;
  /** Targets by severity id. */
  targets: Map<string, TargetRule[]>;
  /**
   * The provider's internal goals by severity id (`internal_targets`): measured as the contract's targets are, by
   * `internalGoals(contract)`, and never counted as the contract's.
   */
  internalTargets: Map<string, TargetRule[]>;
}

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The availability commitment: what "up" means, what does not count, and the target. */
export interface AvailabilityTerms {
  sli: 'time' | 'requests';
  target: ExactPercent;
  guarantee: boolean;
  zone: string;
  period: PeriodKind;
  denominator: 'period' | 'scheduled';
  outage: OutageRule;
  exclusionPolicy: ExclusionPolicy;
  /** Recurring maintenance windows as a calendar whose open time is the windows (Tactful: Sundays 18–24). */
  maintenanceWindows?: BusinessCalendar;
  /** What the windows excuse: declared maintenance inside them (default), or all downtime inside them. */
  windowExcludes: 'declared_maintenance' | 'all_downtime';
  /**
   * Whether maintenance wholly inside a window is notified to the customer's contacts: `none` where the contract says
   * it is not (Tactful: "We won't send maintenance notifications unless we need to deviate from the regular
   * schedule"); `sent` (the default) otherwise.
   */
  windowNotices: { inside: 'none' | 'sent'; clause?: string };
  /** An aim for maintenance downtime per week (Tactful: "less than 30 minutes"), reported, never a breach. */
  weeklyMaintenanceAimMs?: number;
  /** The contract's own allowable-downtime table, in ms, where it has one (TechJutsu 2.2). */
  statedAllowances: Partial<Record<PeriodKind, number>>;
  rule: string;
  clause?: string;
}

/** Who one kind of notice reaches, as the contract names them (TechJutsu §5.1). */
export interface NoticeAudience {
  /** The customer's contacts holding any of these roles (each one of the contract's `contacts.roles`). */
  contactRoles: string[];
  /** The provider's notice groups told as well (TechJutsu §5.1: the CEO of Provider). */
  providerGroups: string[];
  clause?: string;
}

export type NoticeKind = 'incident' | 'unplanned_maintenance';

/** A contract ready to evaluate: calendars built, parameters filled from the order form. */
export interface CompiledContract {
  id: string;
  title: string;
  provider: string;
  doc: ContractDoc;
  calendars: Map<string, BusinessCalendar>;
  severities: SeverityLevel[];
  plans: Map<string, Plan>;
  availability?: AvailabilityTerms;
  /** Parameters the availability section still needs from an order form (it is left out until they come). */
  availabilityAwaits?: string[];
  credits?: CreditPolicy;
  /** The order in which open requests are worked: soonest deadline first, or first in first out by receipt. */
  queueOrder: 'deadline' | 'receipt';
  /** Who is told of each kind of notice, where the contract names them; a kind left out: the designated contacts. */
  notices: Partial<Record<NoticeKind, NoticeAudience>>;
  /** The order form's customer and plan, when one was given. */
  customer?: string;
  plan?: string;
}
