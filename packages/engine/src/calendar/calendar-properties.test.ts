import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR, invoca, numonix, securenvoy, tactful, techjutsu } from './calendar-test-kit.js';

// Instants across 2025–2027 (every DST change of those years in the seed zones), durations up to 40 business hours.
const FROM = Date.parse('2025-01-01T00:00:00Z');
const TO = Date.parse('2027-12-01T00:00:00Z');
const instant = fc.integer({ min: FROM, max: TO });
const duration = fc.integer({ min: 0, max: 40 * HOUR });

describe.each([
  ['Invoca', invoca()],
  ['Tactful', tactful()],
  ['SecurEnvoy', securenvoy()],
  ['TechJutsu', techjutsu()],
  ['Numonix', numonix()],
])('%s calendar properties', (_name, cal) => {
  it('between(t, add(t, d)) = d', () => {
    fc.assert(fc.property(instant, duration, (t, d) => cal.between(t, cal.add(t, d)) === d));
  });

  it('add is monotonic in t and in d', () => {
    fc.assert(
      fc.property(instant, instant, duration, duration, (t1, t2, d1, d2) => {
        const [a, b] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const [c, e] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(cal.add(a, c)).toBeLessThanOrEqual(cal.add(b, c));
        expect(cal.add(a, c)).toBeLessThanOrEqual(cal.add(a, e));
      }),
    );
  });

  it('between is additive', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        expect(cal.between(a, b) + cal.between(b, c)).toBe(cal.between(a, c));
      }),
    );
  });

  it('add(t, d > 0) never lands in a closed period, except at a closing instant', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 * HOUR }), (t, d) => {
        const r = cal.add(t, d);
        expect(cal.isOpen(r) || cal.isOpen(r - 1)).toBe(true);
      }),
    );
  });
});
