import { countClockOutcomes, type OutcomeCount } from '../../storage/repositories/clock-outcome-repository.js';
import { wireInstant } from '../core/instants.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

/** A running clock whose deadline falls within this much (or whose first warning passed) is "at risk". */
export const AT_RISK_WITHIN_MS = 4 * 3600_000;

export interface ComplianceQuery {
  /** The month shown, YYYY-MM (UTC); the current month when absent. */
  period?: string;
  /** How many months the trend covers, ending with `period`. */
  months: number;
  customerId?: string;
}

export interface ComplianceCounts {
  clocks: number;
  met: number;
  breached: number;
  /** Still measured (running or paused). */
  running: number;
  atRisk: number;
  /** Met on time among the clocks decided (met or breached), one decimal; null when none is decided yet. */
  metPercent: number | null;
}

export interface ComplianceOverview {
  period: string;
  months: string[];
  asOf: string;
  atRiskWithinMs: number;
  /** The month's clocks per contract, severity and metric. */
  rows: (ComplianceCounts & { contractId: string; severity: string; metric: string })[];
  /** Each month of the trend per contract, all severities and metrics together. */
  trend: (ComplianceCounts & { month: string; contractId: string })[];
}

/**
 * The provider's compliance at a glance: for the requests received in a month (UTC), how many clocks of each
 * contract, severity and metric were met, breached, are still running and at risk, and the % met by month for the
 * trend. Counted from the clock outcomes stored with each ticket's projection, so it costs one grouped query
 * however many requests there are. A customer contact sees its own customer's only.
 */
export async function complianceOverview(ctx: ServiceContext, query: ComplianceQuery): Promise<ComplianceOverview> {
  const now = ctx.now();
  const period = query.period ?? new Date(now).toISOString().slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw new ServiceError('invalid', `a month such as 2026-02, found '${period}'`, 'period');
  const months = monthsEndingWith(period, query.months);
  const customerId = ctx.principal.role === 'customer' ? ctx.principal.customerId : query.customerId;
  const counts = await countClockOutcomes(ctx.db, { months, customerId, now, soon: now + AT_RISK_WITHIN_MS });
  const rows = counts
    .filter((c) => c.month === period)
    .map((c) => ({ contractId: c.contract_id, severity: c.severity, metric: c.clock, ...figures([c]) }))
    .sort(
      (a, b) =>
        a.contractId.localeCompare(b.contractId) ||
        a.severity.localeCompare(b.severity) ||
        a.metric.localeCompare(b.metric),
    );
  const byMonth = new Map<string, OutcomeCount[]>();
  for (const c of counts) {
    const key = `${c.month}\n${c.contract_id}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), c]);
  }
  const trend = [...byMonth.entries()]
    .map(([key, group]) => {
      const [month, contractId] = key.split('\n') as [string, string];
      return { month, contractId, ...figures(group) };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || a.contractId.localeCompare(b.contractId));
  return { period, months, asOf: wireInstant(now), atRiskWithinMs: AT_RISK_WITHIN_MS, rows, trend };
}

function figures(group: readonly OutcomeCount[]): ComplianceCounts {
  const sum = (f: (c: OutcomeCount) => number) => group.reduce((n, c) => n + f(c), 0);
  const met = sum((c) => c.met);
  const breached = sum((c) => c.breached);
  return {
    clocks: sum((c) => c.clocks),
    met,
    breached,
    running: sum((c) => c.running),
    atRisk: sum((c) => c.at_risk),
    metPercent: met + breached === 0 ? null : Math.floor((met / (met + breached)) * 1000) / 10,
  };
}

/** The `count` months ending with `period`, oldest first. */
export function monthsEndingWith(period: string, count: number): string[] {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}
