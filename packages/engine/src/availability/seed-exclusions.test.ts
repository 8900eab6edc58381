// Maintenance and exclusions as the seeds write them, evaluated with the shipped contract files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../contract/compile-contract.js';
import type { CompiledContract } from '../contract/compiled-contract.js';
import { contractAvailabilityReport } from './contract-report.js';
import type { Exclusion } from './exclusions.js';
import type { Interval } from './interval-set.js';

const contracts = fileURLToPath(new URL('../../../../contracts/', import.meta.url));
const source = (name: string) => ({ file: `contracts/${name}`, text: readFileSync(contracts + name, 'utf8') });
const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const HOUR = 60 * MIN;

function report(contract: CompiledContract, outages: Interval[], exclusions: Exclusion[], period: string) {
  const r = contractAvailabilityReport(
    contract.availability!,
    contract.credits,
    { kind: 'outages', outages },
    exclusions,
    period,
  );
  if (typeof r === 'string') throw new Error(r);
  return r;
}

describe('Tactful: the Regular Maintenance Window excuses declared maintenance, not a crash', () => {
  // Sunday 18:00–24:00 in the server's zone (order form tactful-acme: Africa/Cairo). Egypt keeps summer time
  // (UTC+3) from the last Friday of April to the last Thursday of October since 2023: Sun 5 July 2026 18:00 EEST
  // is 15:00Z, 24:00 is 21:00Z. July 2026 has 31 days: 99% allows 7h 26m 24s.
  const tactful = loadContract(source('tactful.yaml'), source('order-forms/tactful-acme.yaml'));
  const crash: Interval = [at('2026-07-05T16:00Z'), at('2026-07-05T20:00Z')]; // 19:00–23:00 Cairo, 4 hours

  it('a 4-hour crash on a Sunday evening counts in full (no maintenance was declared)', () => {
    const r = report(tactful, [crash], [], '2026-07');
    expect(r.time!.outageMs).toBe(4 * HOUR);
    expect(r.time!.outages[0]).toMatchObject({ classification: 'counted', coveredBy: [] });
  });

  it('declared maintenance is excused only for its part inside the window, and the report says which and why', () => {
    // Maintenance declared 23:00 Sunday to 01:00 Monday Cairo (20:00Z–22:00Z): 1h inside the window, 1h after it.
    const maint: Exclusion = {
      id: 'MAINT-1',
      start: at('2026-07-05T20:00Z'),
      end: at('2026-07-05T22:00Z'),
      category: 'scheduled_maintenance',
      reason: 'OS upgrade',
    };
    const r = report(tactful, [[maint.start, maint.end]], [maint], '2026-07');
    expect(r.time!.outageMs).toBe(1 * HOUR);
    expect(r.time!.outages[0]).toMatchObject({
      classification: 'partly excluded',
      countedMs: HOUR,
      coveredBy: [{ exclusion: 'MAINT-1 in window', category: 'recurring_maintenance', ms: HOUR }],
    });
    const why = r.time!.decisions.find((d) => d.exclusion.id === 'MAINT-1 in window')!;
    expect(why.exclusion.reason).toBe(
      'declared maintenance MAINT-1 (OS upgrade) inside the regular maintenance window',
    );
  });

  it('measures the aim of under 30 minutes of maintenance downtime a week, without making it a breach', () => {
    // 45 minutes of declared maintenance downtime in the window of Sunday 5 July (ISO week 29 June – 5 July).
    const maint: Exclusion = {
      id: 'MAINT-2',
      start: at('2026-07-05T15:00Z'),
      end: at('2026-07-05T15:45Z'),
      category: 'scheduled_maintenance',
      reason: 'DNS change',
    };
    const r = report(tactful, [[maint.start, maint.end]], [maint], '2026-07');
    expect(r.met).toBe(true);
    const weeks = r.maintenanceAim!.weeks.map((w) => [new Date(w.start).toISOString(), w.downtimeMs / MIN, w.met]);
    expect(r.maintenanceAim!.aimMs).toBe(30 * MIN);
    // July 2026 starts on a Wednesday: the first week is cut at 1 July 00:00 Cairo (30 June 21:00Z).
    expect(weeks[0]).toEqual(['2026-06-30T21:00:00.000Z', 45, false]);
    expect(weeks.slice(1).every(([, minutes, met]) => minutes === 0 && met)).toBe(true);
  });

  it('without an order form the window zone is a parameter to supply, not a silent Cairo', () => {
    const alone = loadContract(source('tactful.yaml'));
    expect(alone.availability).toBeUndefined();
    expect(alone.availabilityAwaits).toEqual(['server_zone']);
  });
});

describe('TechJutsu: each exclusion needs its evidence; notice in business dates', () => {
  // Order form techjutsu-acme: Mon–Fri 08:00–18:00 America/New_York; US and Canadian federal holidays.
  const techjutsu = loadContract(source('techjutsu.yaml'), source('order-forms/techjutsu-acme.yaml'));
  const maintenance = (noticeAt: string): Exclusion => ({
    id: 'MAINT-7',
    start: at('2026-03-11T06:00Z'), // Wed 11 March 2026 02:00 EDT (US DST began Sun 8 March)
    end: at('2026-03-11T07:00Z'),
    category: 'scheduled_maintenance',
    reason: 'database upgrade',
    noticeAt: at(noticeAt),
  });

  it.each([
    // SCSS §3.1.1 "seven (7) Business Days' advance notice". No US or Canadian federal holiday falls in 2–11 March
    // 2026. Business dates after Mon 2 March up to Wed 11 March: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9, Tue 10, Wed 11.
    ['Mon 2 March 17:55 EST for Wed 11 March 02:00 is 7 business days: enough', '2026-03-02T22:55Z', false, undefined],
    [
      'Tue 3 March 09:00 EST for Wed 11 March is 6 business days: flagged',
      '2026-03-03T14:00Z',
      true,
      'short notice: notice went out 2026-03-03 (2026-03-03T14:00:00Z) for maintenance on 2026-03-11: 6 business days of the 7 required',
    ],
  ])('%s', (_case, noticeAt, flagged, note) => {
    const [d] = report(techjutsu, [], [maintenance(noticeAt)], '2026-03').time!.decisions;
    expect([d!.excluded, d!.flagged, d!.note]).toEqual([true, flagged, note]);
  });

  it('emergency maintenance without a prior communication counts (§1.11 "uncommunicated", §3.3)', () => {
    const emergency: Exclusion = {
      id: 'EM-1',
      start: at('2026-03-12T15:00Z'),
      end: at('2026-03-12T15:20Z'),
      category: 'emergency_maintenance',
      reason: 'hot fix',
    };
    const outage: Interval = [emergency.start, emergency.end];
    const silent = report(techjutsu, [outage], [emergency], '2026-03').time!;
    expect(silent.outageMs).toBe(20 * MIN);
    expect(silent.decisions[0]!.note).toBe(
      'no evidence of a communication before the downtime (emergency maintenance needs one)',
    );
    const told = report(techjutsu, [outage], [{ ...emergency, communicatedAt: emergency.start - 5 * MIN }], '2026-03');
    expect(told.time!.outageMs).toBe(0);
  });
});

describe('Invoca §2.3: one week of notice, outside the peak US business day', () => {
  // Order form invoca-acme (target 99.90%). Peak: Mon–Fri 06:00–17:00 Pacific (09:00 Eastern – 17:00 Pacific).
  // July 2026 is PDT (UTC−7).
  const invoca = loadContract(source('invoca.yaml'), source('order-forms/invoca-acme.yaml'));
  const update = (start: string, end: string, noticeAt: number): Exclusion => ({
    id: 'STATUS-1',
    start: at(start),
    end: at(end),
    category: 'scheduled_maintenance',
    reason: 'planned system update',
    noticeAt,
  });

  it('a notice one minute short of a week is short, and says so to the minute (never "168.0h")', () => {
    // Saturday 11 July 2026 22:00 PDT: outside the peak hours.
    const x = update('2026-07-12T05:00Z', '2026-07-12T05:30Z', at('2026-07-05T05:01Z'));
    const r = report(invoca, [[x.start, x.end]], [x], '2026-07').time!;
    expect(r.outageMs).toBe(30 * MIN); // short notice counts (short_notice: counts)
    expect(r.decisions[0]!.note).toBe(
      'short notice: notice went out 2026-07-05T05:01:00Z, 167h 59m of elapsed time before the start: 1m short of the 1 week required',
    );
  });

  it('an update in the peak hours counts against availability, and the report says how much fell in them', () => {
    // Tuesday 14 July 2026 16:00–18:00 PDT: the hour to 17:00 is peak.
    const x = update('2026-07-14T23:00Z', '2026-07-15T01:00Z', at('2026-07-01T00:00Z'));
    const r = report(invoca, [[x.start, x.end]], [x], '2026-07').time!;
    expect(r.outageMs).toBe(2 * HOUR);
    expect(r.decisions[0]).toMatchObject({
      excluded: false,
      flagged: true,
      rule: '/maintenance/outside_hours',
      note: "1h of it falls in the hours of calendar 'us-peak-hours', which maintenance must avoid",
    });
  });
});
