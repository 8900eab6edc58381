import { describe, expect, it } from 'vitest';
import { impactFromIncidents, impactFromRequests, outagesFromImpact } from './impact-series.js';
import { outagesFromProbes, type ProbeColumns } from './probe-samples.js';
import { at, MIN } from './availability-test-kit.js';

// TechJutsu SCSS 1.11: an Outage is an interruption of sixty (60) seconds or more during which ten percent
// (10%) or more of Authorized Users cannot use the Services.
const techjutsu = { minImpact: 0.1, minDurationMs: 60_000 };

function probes(rows: [string, number, 0 | 1][], locations: number): ProbeColumns {
  return {
    t: Float64Array.from(rows.map((r) => at(r[0]))),
    location: Uint8Array.from(rows.map((r) => r[1])),
    ok: Uint8Array.from(rows.map((r) => r[2])),
    length: rows.length,
    locations,
  };
}

describe('outages from probe samples', () => {
  it('keeps a 60-second interruption and drops a 59-second one', () => {
    const p = probes(
      [
        ['2026-02-01T10:00:00Z', 0, 0],
        ['2026-02-01T10:00:59Z', 0, 1], // 59 s down: not an outage
        ['2026-02-01T11:00:00Z', 0, 0],
        ['2026-02-01T11:01:00Z', 0, 1], // 60 s down: an outage
      ],
      3,
    );
    expect(outagesFromProbes(p, techjutsu, at('2026-03-01T00:00:00Z'))).toEqual([
      [at('2026-02-01T11:00:00Z'), at('2026-02-01T11:01:00Z')],
    ]);
  });

  it('measures impact as failing locations over locations, each holding until its next sample', () => {
    // Three locations; a majority rule (≥ 2 of 3 failing) starts only when the second location fails.
    const p = probes(
      [
        ['2026-02-01T10:00:00Z', 0, 0],
        ['2026-02-01T10:00:30Z', 1, 0],
        ['2026-02-01T10:05:00Z', 0, 1],
        ['2026-02-01T10:06:00Z', 1, 1],
      ],
      3,
    );
    expect(outagesFromProbes(p, { minImpact: 0.5, minDurationMs: 0 }, at('2026-03-01T00:00:00Z'))).toEqual([
      [at('2026-02-01T10:00:30Z'), at('2026-02-01T10:05:00Z')],
    ]);
    // At TechJutsu's 10% one location of three (33%) is enough: down from 10:00:00 until all recover at 10:06.
    expect(outagesFromProbes(p, techjutsu, at('2026-03-01T00:00:00Z'))).toEqual([
      [at('2026-02-01T10:00:00Z'), at('2026-02-01T10:06:00Z')],
    ]);
  });

  it('closes an outage still open at the end of the data at the given instant', () => {
    const p = probes([['2026-02-28T23:50:00Z', 0, 0]], 1);
    expect(outagesFromProbes(p, techjutsu, at('2026-03-01T00:00:00Z'))).toEqual([
      [at('2026-02-28T23:50:00Z'), at('2026-03-01T00:00:00Z')],
    ]);
  });
});

describe('outages from an impact series', () => {
  it('counts 10% impact and not 9.9%', () => {
    const incidents = [
      { start: at('2026-02-02T10:00:00Z'), end: at('2026-02-02T10:30:00Z'), fraction: 0.099 },
      { start: at('2026-02-03T10:00:00Z'), end: at('2026-02-03T10:30:00Z'), fraction: 0.1 },
    ];
    expect(outagesFromImpact(impactFromIncidents(incidents), techjutsu)).toEqual([
      [at('2026-02-03T10:00:00Z'), at('2026-02-03T10:30:00Z')],
    ]);
  });

  it('takes the larger of overlapping incidents and joins touching steps into one outage', () => {
    const incidents = [
      { start: at('2026-02-02T10:00:00Z'), end: at('2026-02-02T10:20:00Z'), fraction: 0.05 },
      { start: at('2026-02-02T10:10:00Z'), end: at('2026-02-02T10:40:00Z'), fraction: 0.5 },
    ];
    const steps = impactFromIncidents(incidents);
    expect(steps.map((s) => s.impact)).toEqual([0.05, 0.5, 0.5]);
    expect(outagesFromImpact(steps, techjutsu)).toEqual([[at('2026-02-02T10:10:00Z'), at('2026-02-02T10:40:00Z')]]);
  });

  it('derives impact from request counts (failed / total)', () => {
    const rows = [
      { start: at('2026-02-02T10:00:00Z'), end: at('2026-02-02T10:01:00Z'), total: 1000, failed: 99 },
      { start: at('2026-02-02T10:01:00Z'), end: at('2026-02-02T10:02:00Z'), total: 1000, failed: 100 },
      { start: at('2026-02-02T10:02:00Z'), end: at('2026-02-02T10:03:00Z'), total: 0, failed: 0 },
    ];
    expect(outagesFromImpact(impactFromRequests(rows), techjutsu)).toEqual([
      [at('2026-02-02T10:01:00Z'), at('2026-02-02T10:01:00Z') + MIN],
    ]);
  });
});
