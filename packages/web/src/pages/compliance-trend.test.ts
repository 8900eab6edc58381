import { describe, expect, it } from 'vitest';
import type { ComplianceTrend } from '../api/compliance';
import { describeTrend, trendSeries } from './compliance-trend';

const t = (month: string, contractId: string, metPercent: number | null): ComplianceTrend[number] => ({
  month,
  contractId,
  metPercent,
  clocks: 1,
  met: 0,
  breached: 0,
  running: 0,
  atRisk: 0,
});

describe('the compliance trend', () => {
  const months = ['2026-05', '2026-06', '2026-07'];
  const trend = [t('2026-05', 'tactful', 50), t('2026-07', 'tactful', 100), t('2026-07', 'invoca', null)];

  it('keeps every month on the axis and one series per contract, leaving months with nothing decided empty', () => {
    expect(trendSeries(months, trend)).toEqual({
      contracts: ['invoca', 'tactful'],
      points: [{ month: '2026-05', tactful: 50 }, { month: '2026-06' }, { month: '2026-07', tactful: 100 }],
    });
  });

  it("says the figures in words for the chart's label", () => {
    expect(describeTrend(months, trend)).toBe('% met by month: tactful 2026-05 50%, tactful 2026-07 100%');
    expect(describeTrend(months, [])).toBe('% met by month, 2026-05 to 2026-07: no clock decided yet');
  });
});
