import type { AvailabilityTerms, PeriodKind } from '../contract/compiled-contract.js';
import type { CreditPolicy } from '../credits/credit-tiers.js';
import { creditFor, type CreditOutcome } from '../credits/credit-tiers.js';
import { timeReport, type TimeReport } from './availability-report.js';
import { allowance } from './exact-percent.js';
import { decideExclusions, declaredMaintenanceInWindows, recurringWindows, type Exclusion } from './exclusions.js';
import { maintenanceAim, type MaintenanceAim } from './maintenance-aim.js';
import type { Interval } from './interval-set.js';
import { parsePeriod, type Period } from './periods.js';
import { requestReport, type RequestReport, type RequestRow } from './request-report.js';

export type SliInput =
  { kind: 'outages'; outages: readonly Interval[] } | { kind: 'requests'; rows: readonly RequestRow[] };

export interface ContractAvailabilityReport {
  time?: TimeReport;
  requests?: RequestReport;
  met: boolean;
  guarantee: boolean;
  credit?: CreditOutcome;
  /** Maintenance downtime per week against the contract's aim, where it states one (never a breach). */
  maintenanceAim?: MaintenanceAim;
  /** Where the contract's own table of allowable downtime states a figure for this kind of period. */
  stated?: { kind: PeriodKind; statedMs: number; formulaMs: number; rules: 'formula' };
}

/**
 * A period's availability report under a contract: its exclusions decided (notice and communication rules),
 * its recurring maintenance windows added, uptime against the target, and the credit the month earns.
 */
export function contractAvailabilityReport(
  terms: AvailabilityTerms,
  credits: CreditPolicy | undefined,
  input: SliInput,
  exclusions: readonly Exclusion[],
  periodLabel: string,
): ContractAvailabilityReport | string {
  const period = parsePeriod(periodLabel, terms.zone);
  if (typeof period === 'string') return period;
  const all = [...exclusions];
  const windows = terms.maintenanceWindows;
  if (windows)
    all.push(
      ...(terms.windowExcludes === 'all_downtime'
        ? recurringWindows(windows, period.start, period.end, 'recurring maintenance window (contract): all downtime')
        : declaredMaintenanceInWindows(windows, exclusions, period.start, period.end)),
    );
  const decisions = decideExclusions(all, terms.exclusionPolicy);
  const report: ContractAvailabilityReport = { met: true, guarantee: terms.guarantee };
  let good: number;
  let total: number;
  if (input.kind === 'outages') {
    report.time = timeReport({
      period,
      target: terms.target,
      denominator: terms.denominator,
      outages: input.outages,
      decisions,
    });
    ({ good, total } = report.time);
    report.met = report.time.met;
    if (terms.weeklyMaintenanceAimMs !== undefined)
      report.maintenanceAim = maintenanceAim(period, input.outages, decisions, terms.weeklyMaintenanceAimMs);
    const kind = periodKindOf(periodLabel);
    const statedMs = kind ? terms.statedAllowances[kind] : undefined;
    if (kind && statedMs !== undefined)
      report.stated = { kind, statedMs, formulaMs: report.time.budget.allowedMs, rules: 'formula' };
  } else {
    report.requests = requestReport({ period, target: terms.target, rows: input.rows, decisions });
    ({ good, total } = report.requests);
    report.met = report.requests.met;
  }
  if (credits && periodKindOf(periodLabel) === 'month') report.credit = creditFor(good, total, credits);
  return report;
}

/** Allowable downtime of a period at a target, exact: Feb 2026 at 99.9% is 40m 19.2s. */
export function allowableDowntime(target: AvailabilityTerms['target'], period: Period): number {
  return allowance(period.end - period.start, target);
}

export function periodKindOf(label: string): PeriodKind | undefined {
  if (/^\d{4}-\d{2}$/.test(label)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(label)) return 'week';
  if (/^\d{4}-Q[1-4]$/.test(label)) return 'quarter';
  if (/^\d{4}$/.test(label)) return 'year';
  return undefined;
}
