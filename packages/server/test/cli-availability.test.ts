import { describe, expect, it } from 'vitest';
import { scratchFiles, surety } from './run-cli.js';

const scratch = scratchFiles('availability');
const file = scratch.file;

// 99.90% a month in UTC, outages are ≥ 10% impact for ≥ 60 s, scheduled maintenance needs 7 days' notice
// (on a 24x7 calendar) or counts; credits 10% of the fee below 99.90%, claimed within 30 days.
const contract = file(
  'contract.yaml',
  `surety: 1
contract: { id: acme, title: Acme SLA, provider: Acme }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
availability:
  sli: time
  target: '99.90%'
  guarantee: true
  outage: { min_impact: '10%', min_duration: 60s }
  exclusions: [scheduled_maintenance, customer_caused]
maintenance: { notice: { at_least: 7 days, calendar: always, short_notice: counts } }
credits: { form: fee_percent, tiers: [{ below: '99.90%', credit: 10 }], claim_window_days: 30 }
`,
);
const samples = file(
  'samples.csv',
  [
    'at,location,ok',
    '2026-02-10T15:00:00Z,eu,0',
    '2026-02-10T15:00:10Z,us,0',
    '2026-02-10T15:50:00Z,eu,1',
    '2026-02-10T15:50:10Z,us,1',
    '2026-02-11T15:00:00Z,eu,maybe',
  ].join('\n'),
);
const exclusions = file(
  'exclusions.jsonl',
  [
    '{"id":"m1","start":"2026-02-10T15:40:00Z","end":"2026-02-10T16:00:00Z","category":"scheduled_maintenance","reason":"db upgrade","notice_at":"2026-02-09T15:00:00Z"}',
    '{"id":"c1","start":"2026-02-10T15:00:00Z","end":"2026-02-10T15:10:00Z","category":"customer_caused","reason":"customer DNS change"}',
  ].join('\n'),
);

describe('surety availability', () => {
  it('reports uptime, classified outages, exclusion decisions and the credit', () => {
    const r = surety(
      'availability',
      '--contract',
      contract,
      '--samples',
      samples,
      '--exclusions',
      exclusions,
      '--period',
      '2026-02',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${samples}:6: ok: expected 1/0, true/false or up/down (row skipped)\n`);
    // Outage 15:00:00–15:50:10 (from the first failing location to the last recovering one): 50m 10s. The
    // customer-caused first 10 minutes are excluded; the maintenance had one day of notice, not seven, so it
    // counts as downtime. Counted 40m 10s = 2,410 s of February's 672 h = 2,419,200 s:
    // uptime = 1 − 2410 / 2,419,200 = 99.90038…% → 99.900%, met.
    expect(r.stdout).toContain('uptime     99.900%  target 99.90%  met');
    expect(r.stdout).toContain('partly excluded  counted 40m 10s  [c1 customer_caused 10m]');
    expect(r.stdout).toContain('m1 scheduled_maintenance');
    expect(r.stdout).toContain('NOT excluded (flagged) — short notice: notice went out 2026-02-09T15:00:00Z');
    expect(r.stdout).toContain('Credit       0 % of the monthly fee');
  });

  it('shows multi-window burn rates as of an instant', () => {
    // As of 15:50:10 the last hour holds the 40m 10s counted (15:10:00–15:50:10): 2,410 s of the 3.6 s an
    // hour allows at 99.90% is a 669.4× burn; the last 5 minutes are all down: 83.3 s of 0.3 s, 1000×.
    const r = surety(
      'availability',
      '--contract',
      contract,
      '--samples',
      samples,
      '--exclusions',
      exclusions,
      '--period',
      '2026-02',
      '--at',
      '2026-02-10T15:50:10Z',
    );
    expect(r.stdout).toContain('fast   FIRING  long 669.4×, short 1000.0× (threshold 14.4×)');
  });

  it('evaluates a claim against the month', () => {
    const r = surety(
      'claim',
      '--contract',
      contract,
      '--samples',
      samples,
      '--period',
      '2026-02',
      '--filed-at',
      '2026-03-01T00:00:00Z',
    );
    // Without the exclusions: 50m 10s counted > 40m 19.2s allowed → below 99.90%: 10% credit, claim in time.
    expect(r.stdout).toContain('claim: accepted');
    expect(r.stdout).toContain('credit   10 % of the monthly fee');
  });
});

describe('surety budget', () => {
  it('gives exact allowable downtime per calendar period', () => {
    const r = surety('budget', '--target', '99.9', '--period', '2026-02');
    expect(r.stdout).toContain('2026-02  672h    40m 19.2s');
  });
  it('names a bad target', () => {
    const r = surety('budget', '--target', 'lots');
    expect(r.stderr).toBe("surety: --target: expected a percentage such as 99.9, found 'lots'\n");
  });
});
