// mulberry32, the seeded PRNG every bench (and every child process or worker of a bench) regenerates its
// cases from; it lives in the engine so the demo data uses the same one.
export { seededRandom as mulberry32 } from '@surety/engine';

/** A uniform integer in [lo, hi] (both inclusive) from a `mulberry32` generator. */
export function randomInt(next, lo, hi) {
  return lo + Math.floor(next() * (hi - lo + 1));
}
