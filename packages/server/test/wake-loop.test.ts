import { afterEach, describe, expect, it } from 'vitest';
import { startWakeLoop, type WakeLoop } from '../src/worker/wake-loop.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-07-01T12:00:00Z');

/** Resolves once `check` holds, letting the loop's promises and timers run in between. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setImmediate(r));
}
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

// The clock is fixed, and the next timer is always an hour away: the loop wakes only when told to.
describe('the wake loop', () => {
  let loop: WakeLoop | undefined;
  afterEach(async () => loop?.stop());

  it('sleeps through a write that saves a later instant and wakes for an earlier one', async () => {
    let works = 0;
    loop = startWakeLoop({
      work: async () => void works++,
      nextAt: async () => NOW + HOUR,
      now: () => NOW,
      maxSleepMs: 10 * HOUR,
      onError: (e) => {
        throw e;
      },
    });
    await until(() => works === 1);
    await settle();
    loop.wakeBy(NOW + 2 * HOUR);
    await settle();
    expect(works).toBe(1);
    loop.wakeBy(NOW + 60_000);
    await until(() => works === 2);
    await settle();
    expect(works).toBe(2);
  });

  it('does not lose a wake-up that arrives while it works', async () => {
    let works = 0;
    let release: () => void = () => {};
    loop = startWakeLoop({
      work: async () => {
        works++;
        if (works === 1) await new Promise<void>((r) => (release = r));
      },
      nextAt: async () => NOW + HOUR,
      now: () => NOW,
      maxSleepMs: 10 * HOUR,
      onError: (e) => {
        throw e;
      },
    });
    await until(() => works === 1);
    // Saved while the loop is between reading and sleeping: it must look again rather than sleep an hour.
    loop.wakeBy(NOW + 2 * HOUR);
    release();
    await until(() => works === 2);
    expect(works).toBe(2);
  });
});
