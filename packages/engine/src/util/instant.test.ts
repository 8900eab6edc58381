import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isoInstant } from './instant.js';

describe('isoInstant', () => {
  it('prints exactly what Temporal.Instant prints, over the whole range of instants', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(isoInstant(ms)).toBe(Temporal.Instant.fromEpochMilliseconds(ms).toString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('drops a zero fraction and the trailing zeros of one', () => {
    expect(isoInstant(Date.UTC(2026, 6, 1, 12))).toBe('2026-07-01T12:00:00Z');
    expect(isoInstant(Date.UTC(2026, 6, 1, 12, 0, 0, 120))).toBe('2026-07-01T12:00:00.12Z');
    expect(isoInstant(Date.UTC(2026, 6, 1, 12, 0, 0, 500))).toBe('2026-07-01T12:00:00.5Z');
    expect(isoInstant(Date.UTC(2026, 6, 1, 12, 0, 0, 7))).toBe('2026-07-01T12:00:00.007Z');
    // Years past 9999 and before year 0 take the six-digit signed form in both.
    expect(isoInstant(Date.UTC(10000, 0, 1))).toBe('+010000-01-01T00:00:00Z');
  });

  it('refuses an instant outside the representable range, as Temporal does', () => {
    expect(() => isoInstant(8.64e15 + 1)).toThrow(RangeError);
  });
});
