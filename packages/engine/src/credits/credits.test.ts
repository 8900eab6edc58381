import { describe, expect, it } from 'vitest';
import { availabilityContract, at } from '../availability/availability-test-kit.js';
import { claimDeadline, evaluateClaim } from './claims.js';
import { creditFor } from './credit-tiers.js';

// SecurEnvoy Cloud SLA: "<99% – <95.0%: 3 days; <95.0% – <90.0%: 5 days; <90.0%: 10 days", a maximum of
// 10 days in any calendar month as a licence extension, claimed within 30 days of the date service was affected.
const securenvoy = availabilityContract(`
availability: { sli: requests, target: '99%', guarantee: true, zone: Europe/London }
credits:
  form: licence_days
  tiers:
    - { below: '99%', at_least: '95%', credit: 3 }
    - { below: '95%', at_least: '90%', credit: 5 }
    - { below: '90%', credit: 10 }
  monthly_cap: 10
  claim_window_days: 30
`);
const policy = securenvoy.credits!;
// good/total with total = 100,000 requests: uptime = good / 1000 %.
const creditAt = (good: number) => creditFor(good, 100_000, policy).credit;

describe('credit tiers', () => {
  it('puts every band boundary on the right side', () => {
    expect(creditAt(100_000)).toBe(0);
    expect(creditAt(99_000)).toBe(0); // exactly 99%: target met
    expect(creditAt(98_999)).toBe(3); // 98.999%
    expect(creditAt(95_000)).toBe(3); // exactly 95.0%: "<99% – <95.0%" still
    expect(creditAt(94_999)).toBe(5);
    expect(creditAt(90_000)).toBe(5);
    expect(creditAt(89_999)).toBe(10);
    expect(creditAt(0)).toBe(10);
  });

  it('caps a tier above the monthly cap', () => {
    const generous = { ...policy, tiers: [{ ...policy.tiers[2]!, credit: 15 }] };
    expect(creditFor(1, 100, generous)).toMatchObject({ credit: 10, capped: true });
  });

  it('gives nothing where the contract is a target, not a guarantee', () => {
    expect(
      evaluateClaim(1, 100, { form: 'none', tiers: [], rule: '/credits' }, 'UTC', { filedAt: 0, affectedAt: 0 })
        .outcome,
    ).toBe('nothing owed');
  });
});

describe('claims', () => {
  // Service affected on Tuesday 10 Feb 2026 (London, GMT): the window is 30 days from that date, so it closes
  // at the end of 12 March 2026 (still GMT: UK summer time starts 29 March 2026).
  const affectedAt = at('2026-02-10T09:00:00Z');
  it('closes the window at the end of the 30th day, in the contract zone', () => {
    expect(new Date(claimDeadline(affectedAt, 30, 'Europe/London')).toISOString()).toBe('2026-03-13T00:00:00.000Z');
  });
  it('accepts a claim inside the window and rejects one after it, naming the rule', () => {
    const inside = evaluateClaim(98_000, 100_000, policy, 'Europe/London', {
      affectedAt,
      filedAt: at('2026-03-12T23:59:59Z'),
    });
    expect(inside).toMatchObject({ outcome: 'accepted', credit: { credit: 3 }, rule: '/credits/tiers/0' });
    const late = evaluateClaim(98_000, 100_000, policy, 'Europe/London', {
      affectedAt,
      filedAt: at('2026-03-13T00:00:00Z'),
    });
    expect(late).toMatchObject({ outcome: 'rejected', rule: '/credits' });
    expect(late.reason).toContain('after the 30-day window that closed 2026-03-13T00:00:00Z');
  });
  it('says a credit must be claimed when none was, and rejects a claim for a month that met the target', () => {
    expect(evaluateClaim(98_000, 100_000, policy, 'Europe/London').outcome).toBe('nothing owed');
    expect(evaluateClaim(99_500, 100_000, policy, 'Europe/London', { affectedAt, filedAt: affectedAt }).outcome).toBe(
      'rejected',
    );
  });
  it('owes a credit without a claim where the contract has no claim window', () => {
    const automatic = { ...policy, claimWindowDays: undefined };
    expect(evaluateClaim(98_000, 100_000, automatic, 'UTC').outcome).toBe('owed without claim');
  });
});
