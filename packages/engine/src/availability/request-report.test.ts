import { describe, expect, it } from 'vitest';
import { at, availabilityContract } from './availability-test-kit.js';
import { contractAvailabilityReport } from './contract-report.js';

// SecurEnvoy: availability from server-side failure rates across all users' requests; failures the customer
// caused (its exclusion (vii)) and requests during scheduled maintenance (viii) are not counted.
const contract = availabilityContract(`
availability: { sli: requests, target: '99%', guarantee: true, zone: Europe/London, exclusions: [customer_caused, scheduled_maintenance] }
credits: { form: licence_days, tiers: [{ below: '99%', at_least: '95%', credit: 3 }], claim_window_days: 30 }
`);

describe('request-based availability', () => {
  it('removes excluded failures and requests in excluded intervals from the count', () => {
    const rows = [
      {
        start: at('2026-02-01T10:00:00Z'),
        end: at('2026-02-01T11:00:00Z'),
        total: 10_000,
        failed: 150,
        excludedFailed: 50,
      },
      { start: at('2026-02-02T10:00:00Z'), end: at('2026-02-02T11:00:00Z'), total: 5_000, failed: 5_000 }, // during maintenance
      { start: at('2026-03-01T10:00:00Z'), end: at('2026-03-01T11:00:00Z'), total: 5_000, failed: 5_000 }, // March: outside
    ];
    const maintenance = [
      {
        id: 'm',
        start: at('2026-02-02T09:00:00Z'),
        end: at('2026-02-02T12:00:00Z'),
        category: 'scheduled_maintenance' as const,
        reason: 'upgrade',
      },
    ];
    const r = contractAvailabilityReport(
      contract.availability!,
      contract.credits,
      { kind: 'requests', rows },
      maintenance,
      '2026-02',
    );
    if (typeof r === 'string') throw new Error(r);
    // Valid: 10,000 − 50 = 9,950 with 100 failed → 98.994…% → truncated 98.994%: below 99%, 3 days.
    expect(r.requests).toMatchObject({
      total: 9_950,
      failed: 100,
      excludedRequests: 5_050,
      uptime: '98.994%',
      met: false,
    });
    expect(r.credit).toMatchObject({ credit: 3, form: 'licence_days' });
  });
});
