import { describe, expect, it } from 'vitest';
import { burnPoints } from './budget-burn-chart';
import type { AvailabilityView } from '../api/views';

const report = (outages: { start: string; end: string; countedMs: number }[]) =>
  ({
    period: { label: '2026-02', start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z', zone: 'UTC' },
    budget: { allowedMs: 2_419_200, usedMs: 0, remainingMs: 0 },
    outages: outages.map((o) => ({
      ...o,
      durationMs: o.countedMs,
      excludedMs: 0,
      classification: 'counted',
      coveredBy: [],
    })),
  }) as unknown as NonNullable<AvailabilityView['time']>;

describe('burnPoints', () => {
  it('steps the budget down by each counted outage, in order, and ends at the period end once it is over', () => {
    const points = burnPoints(
      report([
        { start: '2026-02-17T22:00:00Z', end: '2026-02-17T22:10:00Z', countedMs: 600_000 },
        { start: '2026-02-10T10:00:00Z', end: '2026-02-10T10:30:00Z', countedMs: 1_800_000 },
      ]),
      Date.parse('2026-03-05T00:00:00Z'),
    );
    expect(points.map((p) => p.left)).toEqual([2_419_200, 2_419_200, 619_200, 619_200, 19_200, 19_200]);
    expect(points.at(-1)!.t).toBe(Date.parse('2026-03-01T00:00:00Z'));
  });

  it('ignores fully excluded outages and stops at now inside the period', () => {
    const now = Date.parse('2026-02-12T00:00:00Z');
    const points = burnPoints(
      report([{ start: '2026-02-10T10:00:00Z', end: '2026-02-10T10:30:00Z', countedMs: 0 }]),
      now,
    );
    expect(points).toEqual([
      { t: Date.parse('2026-02-01T00:00:00Z'), left: 2_419_200 },
      { t: now, left: 2_419_200 },
    ]);
  });
});
