import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeReport } from './availability-report.js';
import { parsePercent } from './exact-percent.js';
import { decideExclusions, EXCLUSION_CATEGORIES, type Exclusion } from './exclusions.js';
import type { Interval } from './interval-set.js';
import type { Period } from './periods.js';

const DAY = 86_400_000;
const period: Period = { label: 'test', start: 0, end: 30 * DAY, zone: 'UTC' };
const target = parsePercent('99.9%')!;
const policy = { excluded: new Set(EXCLUSION_CATEGORIES), evidence: {}, rules: {} };

const interval = fc
  .tuple(fc.integer({ min: -DAY, max: 31 * DAY }), fc.integer({ min: 1, max: 2 * DAY }))
  .map(([s, d]): Interval => [s, s + d]);
const exclusion = fc
  .tuple(interval, fc.constantFrom(...EXCLUSION_CATEGORIES), fc.nat())
  .map(([[start, end], category, n]): Exclusion => ({ id: `x${n}`, start, end, category, reason: 'r' }));
const report = (outages: Interval[], exclusions: Exclusion[], denominator: 'period' | 'scheduled', p = period) =>
  timeReport({ period: p, target, denominator, outages, decisions: decideExclusions(exclusions, policy) });
const uptime = (r: ReturnType<typeof report>) => (r.total > 0 ? r.good / r.total : 1);

describe('availability properties', () => {
  it('uptime stays within [0, 100] and every instant is in exactly one class', () => {
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 8 }),
        fc.array(exclusion, { maxLength: 6 }),
        fc.constantFrom('period', 'scheduled'),
        (o, x, d) => {
          const r = report(o, x, d as 'period' | 'scheduled');
          expect(uptime(r)).toBeGreaterThanOrEqual(0);
          expect(uptime(r)).toBeLessThanOrEqual(1);
          const excluded = Object.values(r.classes.excluded).reduce((a, b) => a + b!, 0);
          expect(r.classes.available + r.classes.outage + excluded).toBe(r.periodMs);
        },
      ),
    );
  });

  it('adding an exclusion never lowers uptime (period denominator)', () => {
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 8 }),
        fc.array(exclusion, { maxLength: 5 }),
        exclusion,
        (o, x, extra) => {
          expect(uptime(report(o, [...x, extra], 'period'))).toBeGreaterThanOrEqual(uptime(report(o, x, 'period')));
        },
      ),
    );
  });

  it('with the scheduled denominator, excluding only outage time never lowers uptime', () => {
    fc.assert(
      fc.property(
        fc.array(interval, { minLength: 1, maxLength: 8 }),
        fc.array(exclusion, { maxLength: 5 }),
        fc.nat(),
        (o, x, k) => {
          const [start, end] = o[k % o.length]!;
          const extra: Exclusion = { id: 'extra', start, end, category: 'force_majeure', reason: 'r' };
          expect(uptime(report(o, [...x, extra], 'scheduled'))).toBeGreaterThanOrEqual(
            uptime(report(o, x, 'scheduled')) - 1e-15,
          );
        },
      ),
    );
  });

  it('with the scheduled denominator, excluding up-time can lower uptime (TechJutsu 1.10 as written)', () => {
    // Actual Uptime / Scheduled Uptime: 1 day down in 30 is 29/30; excluding 10 up days makes it 19/20.
    const down: Interval = [0, DAY];
    const upDays: Exclusion = {
      id: 'x',
      start: 20 * DAY,
      end: 30 * DAY,
      category: 'scheduled_maintenance',
      reason: 'r',
    };
    expect(uptime(report([down], [], 'scheduled'))).toBeCloseTo(29 / 30, 12);
    expect(uptime(report([down], [upDays], 'scheduled'))).toBeCloseTo(19 / 20, 12);
  });

  it('splitting a period and summing the parts gives the whole', () => {
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 8 }),
        fc.array(exclusion, { maxLength: 5 }),
        fc.integer({ min: 1, max: 30 * DAY - 1 }),
        (o, x, cut) => {
          const whole = report(o, x, 'period');
          const a = report(o, x, 'period', { ...period, end: cut });
          const b = report(o, x, 'period', { ...period, start: cut });
          expect(a.outageMs + b.outageMs).toBe(whole.outageMs);
          expect(a.excludedMs + b.excludedMs).toBe(whole.excludedMs);
          expect(a.periodMs + b.periodMs).toBe(whole.periodMs);
        },
      ),
    );
  });
});
