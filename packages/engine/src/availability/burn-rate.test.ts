import { describe, expect, it } from 'vitest';
import { burnAlerts, burnRate } from './burn-rate.js';
import { parsePercent } from './exact-percent.js';
import { HOUR, MIN } from './availability-test-kit.js';

const target = parsePercent('99.9%')!;
const now = 100 * HOUR;

describe('burn rate', () => {
  it('is downtime in the window over what the target allows there', () => {
    // 99.9% allows 3.6 s of an hour; 36 s down in the last hour burns 10× the budget rate.
    expect(burnRate([[now - 36_000, now]], target, now, HOUR)).toBeCloseTo(10, 9);
    expect(burnRate([], target, now, HOUR)).toBe(0);
  });

  it('fires an alert only when its long and short windows both burn at or above the threshold', () => {
    // 6 minutes down just now: the 1 h window burns 100×, the 5 min window 1000× → the fast alert fires.
    const recent = burnAlerts([[now - 6 * MIN, now]], target, now);
    expect(recent.find((a) => a.name === 'fast')!.firing).toBe(true);
    // The same 6 minutes, ended 30 minutes ago: the 5 min window is clean, so the fast alert is quiet.
    const over = burnAlerts([[now - 36 * MIN, now - 30 * MIN]], target, now);
    expect(over.find((a) => a.name === 'fast')!.firing).toBe(false);
  });
});
