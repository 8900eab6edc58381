import type { ComplianceTrend } from '../api/compliance';

/** One point of the trend chart: a month with each contract's % met (absent where nothing was decided). */
export type TrendPoint = { month: string } & Record<string, number | string>;

/**
 * The trend as the chart draws it: one point per month of `months` (a month without requests is kept, so the
 * axis is the calendar), one series per contract.
 */
export function trendSeries(months: readonly string[], trend: ComplianceTrend) {
  const contracts = [...new Set(trend.map((t) => t.contractId))].sort();
  const points: TrendPoint[] = months.map((month) => {
    const point: TrendPoint = { month };
    for (const t of trend) if (t.month === month && t.metPercent !== null) point[t.contractId] = t.metPercent;
    return point;
  });
  return { contracts, points };
}

/** The trend in words, for people who cannot see the chart. */
export function describeTrend(months: readonly string[], trend: ComplianceTrend): string {
  const decided = trend.filter((t) => t.metPercent !== null);
  if (!decided.length) return `% met by month, ${months[0]} to ${months.at(-1)}: no clock decided yet`;
  return `% met by month: ${decided.map((t) => `${t.contractId} ${t.month} ${t.metPercent}%`).join(', ')}`;
}
