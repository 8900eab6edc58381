import { describe, expect, it } from 'vitest';
import { at } from './availability-test-kit.js';
import {
  impaired,
  locationChanges,
  noDataFromLocations,
  outagesFromLocations,
  type LocationSample,
} from './location-impact.js';

// TechJutsu SCSS 1.11: an Outage is an interruption of sixty (60) seconds or more during which ten percent
// (10%) or more of Authorized Users cannot use the Services.
const techjutsu = { minImpact: 0.1, minDurationMs: 60_000 };
const STALE = 90_000; // three 30-second checks missed

/** Samples every 30 s from `locations` locations over [from, to), failing where `fails(location, t)`. */
function sweep(from: string, to: string, locations: number, fails: (loc: number, t: number) => boolean) {
  const out: LocationSample[] = [];
  for (let t = at(from); t < at(to); t += 30_000)
    for (let loc = 0; loc < locations; loc++) out.push({ t, location: loc, ok: !fails(loc, t) });
  return out;
}

describe('impact across locations', () => {
  it('counts 1 of 10 failing locations as 10% (down at a 10% threshold) and 1 of 11 as under it', () => {
    expect(impaired(1, 10, 0.1)).toBe(true);
    expect(impaired(1, 11, 0.1)).toBe(false);
    const down = (n: number) =>
      outagesFromLocations(
        locationChanges(
          sweep('2026-02-01T10:00:00Z', '2026-02-01T10:10:00Z', n, (loc) => loc === 0),
          STALE,
          at('2026-02-01T10:10:00Z'),
        ),
        techjutsu,
        at('2026-02-01T10:10:00Z'),
      );
    expect(down(10)).toEqual([[at('2026-02-01T10:00:00Z'), at('2026-02-01T10:10:00Z')]]);
    expect(down(11)).toEqual([]);
  });

  it('keeps a 60-second interruption and drops a 59-second one', () => {
    const samples: LocationSample[] = [
      { t: at('2026-02-01T10:00:00Z'), location: 0, ok: false },
      { t: at('2026-02-01T10:00:59Z'), location: 0, ok: true }, // 59 s down
      { t: at('2026-02-01T11:00:00Z'), location: 0, ok: false },
      { t: at('2026-02-01T11:01:00Z'), location: 0, ok: true }, // 60 s down
    ];
    const end = at('2026-02-01T11:01:30Z');
    // A long stale window: the single location keeps reporting between its samples.
    expect(outagesFromLocations(locationChanges(samples, 3_600_000, end), techjutsu, end)).toEqual([
      [at('2026-02-01T11:00:00Z'), at('2026-02-01T11:01:00Z')],
    ]);
  });

  it('treats a silent location as no data, never as up, and the rest decide the impact', () => {
    // Two locations; location 1 fails at 10:00 and then stops reporting. Location 0 stays up.
    const samples = [
      ...sweep('2026-02-01T10:00:00Z', '2026-02-01T10:10:00Z', 1, () => false),
      { t: at('2026-02-01T10:00:00Z'), location: 1, ok: false },
    ].sort((a, b) => a.t - b.t);
    const end = at('2026-02-01T10:10:00Z');
    const changes = locationChanges(samples, STALE, end);
    expect(changes).toEqual([
      { at: at('2026-02-01T10:00:00Z'), failing: 1, reporting: 2 },
      { at: at('2026-02-01T10:01:30Z'), failing: 0, reporting: 1 },
    ]);
    // At a majority rule 1 of 2 is 50%: down until location 1 falls silent, then location 0 alone says up.
    expect(outagesFromLocations(changes, { minImpact: 0.5, minDurationMs: 0 }, end)).toEqual([
      [at('2026-02-01T10:00:00Z'), at('2026-02-01T10:01:30Z')],
    ]);
    // When every location falls silent the monitor has no data from then on.
    const silent = locationChanges([{ t: at('2026-02-01T10:00:00Z'), location: 0, ok: true }], STALE, end);
    expect(noDataFromLocations(silent, end)).toEqual([[at('2026-02-01T10:01:30Z'), end]]);
    expect(outagesFromLocations(silent, techjutsu, end)).toEqual([]);
  });

  it('decides three disagreeing locations by the rule: any at 10%, a majority at 50%', () => {
    // Location 0 fails 10:00–10:05, location 1 fails 10:02–10:07, location 2 never fails.
    const fails = (loc: number, t: number) =>
      (loc === 0 && t >= at('2026-02-01T10:00:00Z') && t < at('2026-02-01T10:05:00Z')) ||
      (loc === 1 && t >= at('2026-02-01T10:02:00Z') && t < at('2026-02-01T10:07:00Z'));
    const end = at('2026-02-01T10:20:00Z');
    const changes = locationChanges(sweep('2026-02-01T09:55:00Z', '2026-02-01T10:20:00Z', 3, fails), STALE, end);
    expect(outagesFromLocations(changes, techjutsu, end)).toEqual([
      [at('2026-02-01T10:00:00Z'), at('2026-02-01T10:07:00Z')],
    ]);
    expect(outagesFromLocations(changes, { minImpact: 0.5, minDurationMs: 60_000 }, end)).toEqual([
      [at('2026-02-01T10:02:00Z'), at('2026-02-01T10:05:00Z')],
    ]);
    expect(outagesFromLocations(changes, { minImpact: 1, minDurationMs: 0 }, end)).toEqual([]);
  });

  it('continues from a carried state: a second batch gives the same changes as one batch', () => {
    const samples = sweep(
      '2026-02-01T10:00:00Z',
      '2026-02-01T10:10:00Z',
      3,
      (loc, t) => loc === 1 && t % 120_000 === 0,
    );
    const end = at('2026-02-01T10:10:00Z');
    const whole = locationChanges(samples, STALE, end);
    const half = samples.findIndex((s) => s.t >= at('2026-02-01T10:05:00Z'));
    const last = new Map();
    const first = locationChanges(samples.slice(0, half), STALE, samples[half]!.t, last);
    const state = first[first.length - 1]!;
    const second = locationChanges(samples.slice(half), STALE, end, last, state);
    expect([...first, ...second]).toEqual(whole);
  });
});
