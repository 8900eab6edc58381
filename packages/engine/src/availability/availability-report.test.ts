import { describe, expect, it } from 'vitest';
import { contractAvailabilityReport } from './contract-report.js';
import { at, availabilityContract, HOUR, MIN } from './availability-test-kit.js';
import type { Exclusion } from './exclusions.js';
import type { Interval } from './interval-set.js';

// A TechJutsu-like contract: 99.90% monthly, scheduled-uptime denominator (SCSS 1.10, 1.20), 7 business days'
// notice for scheduled maintenance (3.1.1, "commercially reasonable efforts": a short notice is flagged, still
// excluded), unplanned maintenance excluded only when communicated before it began (3.3).
const techjutsu = availabilityContract(`
availability:
  sli: time
  target: '99.90%'
  guarantee: true
  zone: America/New_York
  denominator: scheduled
  outage: { min_impact: '10%', min_duration: 60s }
  exclusions: [scheduled_maintenance, scheduled_upgrade, { category: unplanned_maintenance, requires: prior_communication }, emergency_maintenance, customer_caused, dependency_failure, force_majeure]
  stated_allowances: { month: 43m28s }
maintenance:
  notice: { at_least: 7 business days, calendar: business, short_notice: flagged }
`);
const report = (outages: Interval[], exclusions: Exclusion[], period = '2026-02') => {
  const r = contractAvailabilityReport(
    techjutsu.availability!,
    undefined,
    { kind: 'outages', outages },
    exclusions,
    period,
  );
  if (typeof r === 'string') throw new Error(r);
  return r.time!;
};

describe('time-based availability report', () => {
  it('works February 2026 in New York by hand', () => {
    // February 2026 in America/New_York: 28 days, no DST change (US DST starts 8 March 2026) = 672 h.
    // One counted 50-minute outage: uptime = (672h − 50m) / 672h = 99.8759…% → shown truncated as 99.875%.
    const r = report([[at('2026-02-10T15:00:00Z'), at('2026-02-10T15:50:00Z')]], []);
    expect(r.periodMs).toBe(672 * HOUR);
    expect(r.outageMs).toBe(50 * MIN);
    expect(r.uptime).toBe('99.875%');
    expect(r.met).toBe(false);
    // Allowed: 0.1% of 672 h = 40m 19.2s, exactly.
    expect(r.budget.allowedMs).toBe(2_419_200);
    expect(r.budget.remainingMs).toBe(2_419_200 - 50 * MIN);
  });

  it('never rounds up across the target', () => {
    // 40m 20s of outage in 672 h: 99.89996…%, which rounds to 99.90% but is below the 99.90% target.
    const r = report([[at('2026-02-10T15:00:00Z'), at('2026-02-10T15:40:20Z')]], []);
    expect(r.uptime).toBe('99.899%');
    expect(r.met).toBe(false);
    // Exactly the allowance (40m 19.2s) meets it.
    const exact = report([[at('2026-02-10T15:00:00Z'), at('2026-02-10T15:00:00Z') + 2_419_200]], []);
    expect(exact.met).toBe(true);
  });

  it('splits an outage where an exclusion covers part of it, and counts overlapping exclusions once', () => {
    const outage: Interval = [at('2026-02-10T15:00:00Z'), at('2026-02-10T17:00:00Z')];
    const exclusions: Exclusion[] = [
      // Covers the outage's first 30 minutes and 30 minutes before it.
      {
        id: 'cust',
        start: at('2026-02-10T14:30:00Z'),
        end: at('2026-02-10T15:30:00Z'),
        category: 'customer_caused',
        reason: 'customer firewall change',
      },
      // Overlaps the first one by 15 minutes and the outage by 45 (15:15–16:00).
      {
        id: 'dep',
        start: at('2026-02-10T15:15:00Z'),
        end: at('2026-02-10T16:00:00Z'),
        category: 'dependency_failure',
        reason: 'Okta production tenant down',
      },
    ];
    const r = report([outage], exclusions);
    const line = r.outages[0]!;
    expect(line.classification).toBe('partly excluded');
    // Excluded union within the outage: 15:00–16:00 = 60 minutes; counted: 16:00–17:00.
    expect(line.excludedMs).toBe(60 * MIN);
    expect(line.countedMs).toBe(60 * MIN);
    // customer_caused is ranked before dependency_failure, so it takes the overlap.
    expect(line.coveredBy).toEqual([
      { exclusion: 'cust', category: 'customer_caused', ms: 30 * MIN },
      { exclusion: 'dep', category: 'dependency_failure', ms: 30 * MIN },
    ]);
    // Scheduled denominator: 672 h less 90 minutes excluded (14:30–16:00).
    expect(r.excludedMs).toBe(90 * MIN);
    expect(r.total).toBe(672 * HOUR - 90 * MIN);
    // Every instant is in exactly one class.
    const classes =
      r.classes.available + r.classes.outage + Object.values(r.classes.excluded).reduce((a, b) => a + b!, 0);
    expect(classes).toBe(r.periodMs);
  });

  it('flags scheduled maintenance with less than 7 business days of notice', () => {
    // Notice Monday 2 Feb 2026 09:00 EST (14:00Z); maintenance Tuesday 10 Feb 14:00Z. Business days are
    // Mon–Fri New York with no US/CA holiday in between (Presidents' Day is 16 Feb), counted as business dates
    // after the notice's up to the maintenance's: Tue 3 … Fri 6, Mon 9, Tue 10 = 6 of the 7 required.
    const short: Exclusion = {
      id: 'm1',
      start: at('2026-02-10T14:00:00Z'),
      end: at('2026-02-10T15:00:00Z'),
      category: 'scheduled_maintenance',
      reason: 'database upgrade',
      noticeAt: at('2026-02-02T14:00:00Z'),
    };
    const [d] = report([], [short]).decisions;
    expect(d).toMatchObject({ excluded: true, flagged: true, rule: '/maintenance/notice' });
    expect(d!.note).toBe(
      'short notice: notice went out 2026-02-02 (2026-02-02T14:00:00Z) for maintenance on 2026-02-10: 6 business days of the 7 required',
    );
    const enough = { ...short, noticeAt: at('2026-01-30T14:00:00Z') }; // Friday before: 7 business days
    expect(report([], [enough]).decisions[0]).toMatchObject({ excluded: true, flagged: false });
  });

  it('excludes unplanned maintenance only with a communication before it began', () => {
    const base: Exclusion = {
      id: 'u1',
      start: at('2026-02-11T14:00:00Z'),
      end: at('2026-02-11T14:30:00Z'),
      category: 'unplanned_maintenance',
      reason: 'emergency patch',
    };
    const outage: Interval = [base.start, base.end];
    expect(report([outage], [base]).outageMs).toBe(30 * MIN);
    expect(report([outage], [{ ...base, communicatedAt: base.start }]).outageMs).toBe(30 * MIN);
    expect(report([outage], [{ ...base, communicatedAt: base.start - MIN }]).outageMs).toBe(0);
  });

  it("shows the contract's stated monthly allowance beside the formula's", () => {
    const r = contractAvailabilityReport(
      techjutsu.availability!,
      undefined,
      { kind: 'outages', outages: [] },
      [],
      '2026-02',
    );
    // TechJutsu 2.2.3 states 43m28s a month; 0.1% of February 2026 is 40m19.2s: the formula rules.
    expect(typeof r !== 'string' && r.stated).toEqual({
      kind: 'month',
      statedMs: 43 * MIN + 28_000,
      formulaMs: 2_419_200,
      rules: 'formula',
    });
  });
});

describe('recurring maintenance windows', () => {
  // Tactful SLT: weekly window Sunday 18:00–24:00 server time (Africa/Cairo). Egypt's DST 2026 ends at the end
  // of Thursday 29 October (24:00 EEST → 23:00 EET): Sunday 25 Oct is UTC+3, Sunday 1 Nov is UTC+2.
  const tactful = availabilityContract(`
availability: { sli: time, target: '99%', guarantee: false, zone: Africa/Cairo, exclusions: [recurring_maintenance] }
maintenance: { windows: [{ days: [sun], hours: '18:00-24:00' }], window_policy: { excludes: all_downtime } }
`);
  it('follows the local wall time across a DST change', () => {
    const r = contractAvailabilityReport(
      tactful.availability!,
      undefined,
      { kind: 'outages', outages: [] },
      [],
      '2026-10-25/2026-11-02',
    );
    if (typeof r === 'string') throw new Error(r);
    const windows = r.time!.decisions.map((d) => [
      new Date(d.exclusion.start).toISOString(),
      new Date(d.exclusion.end).toISOString(),
    ]);
    expect(windows).toEqual([
      ['2026-10-25T15:00:00.000Z', '2026-10-25T21:00:00.000Z'],
      ['2026-11-01T16:00:00.000Z', '2026-11-01T22:00:00.000Z'],
    ]);
  });

  it('a window containing a fall-back change is an hour longer', () => {
    // US DST ends Sunday 1 November 2026 at 02:00 EDT (→ 01:00 EST): a 00:00–04:00 window lasts 5 real hours.
    const ny = availabilityContract(`
availability: { sli: time, target: '99.9%', guarantee: true, zone: America/New_York, exclusions: [recurring_maintenance] }
maintenance: { windows: [{ days: [sun], hours: '00:00-04:00' }], window_policy: { excludes: all_downtime } }
`);
    const r = contractAvailabilityReport(
      ny.availability!,
      undefined,
      { kind: 'outages', outages: [] },
      [],
      '2026-11-01',
    );
    if (typeof r === 'string') throw new Error(r);
    expect(r.time!.excludedMs).toBe(5 * HOUR);
    expect(r.time!.periodMs).toBe(25 * HOUR);
  });
});
