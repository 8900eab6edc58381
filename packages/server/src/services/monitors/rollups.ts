import type { Executor } from '../../storage/repositories/executor.js';
import {
  changesBetween,
  monitorIdsByKey,
  bucketSums,
  upsertRollups,
  type ChangeRow,
  type RollupRow,
} from '../../storage/repositories/monitor-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** Rollup sizes, finest first: each is summed from the one before (minutes from raw samples). */
export const SIZES = [MINUTE, HOUR, DAY] as const;
/** A minute is rolled up this long after it ends, so that results still on their way are in it. */
export const ROLLUP_SETTLE_MS = 2 * MINUTE;

/** Monitors whose changes are read at once in a rollup. */
const SLICE = 1_000;

const floorTo = (t: number, size: number) => Math.floor(t / size) * size;

/** Rolls up every bucket that has ended (and settled) since the last one rolled up. */
export async function rollUp(ctx: ServiceContext): Promise<void> {
  const until = ctx.now() - ROLLUP_SETTLE_MS;
  for (const size of SIZES) {
    const from = await nextBucket(ctx.db, size);
    if (from !== undefined) await rollUpSize(ctx, size, from, floorTo(until, size));
  }
}

/**
 * Rolls up again the buckets of every size that [from, to) touches and that were already rolled up (samples that
 * arrived late); later buckets are left to `rollUp`, which goes on from the last one.
 */
export async function rollUpRange(ctx: ServiceContext, from: number, to: number): Promise<void> {
  for (const size of SIZES) {
    const next = await nextBucket(ctx.db, size);
    if (next !== undefined) await rollUpSize(ctx, size, floorTo(from, size), Math.min(floorTo(to, size), next));
  }
}

/** The first bucket of a size not rolled up yet: after the last one, or where the finer data starts. */
async function nextBucket(db: Executor, size: number): Promise<number | undefined> {
  const last = await db
    .selectFrom('monitor_rollups')
    .select((eb) => eb.fn.max('start').as('start'))
    .where('size', '=', size)
    .executeTakeFirst();
  if (last?.start != null) return Number(last.start) + size;
  const first =
    size === MINUTE
      ? await db
          .selectFrom('monitor_changes')
          .select((eb) => eb.fn.min('at').as('t'))
          .executeTakeFirst()
      : await db
          .selectFrom('monitor_rollups')
          .select((eb) => eb.fn.min('start').as('t'))
          .where('size', '=', SIZES[SIZES.indexOf(size as (typeof SIZES)[number]) - 1]!)
          .executeTakeFirst();
  return first?.t == null ? undefined : floorTo(Number(first.t), size);
}

async function rollUpSize(ctx: ServiceContext, size: number, from: number, to: number): Promise<void> {
  const finer = SIZES[SIZES.indexOf(size as (typeof SIZES)[number]) - 1];
  const keys = [...(await monitorIdsByKey(ctx.db)).keys()];
  for (let start = from; start < to; start += size) {
    const end = start + size;
    // Checks and latency are summed from the finer bucket; impact and silence are integrated from the changes
    // again, so a bucket's time adds up exactly whatever the finer rows dropped (minutes where nothing happened).
    const sums = (await bucketSums(ctx.db, finer ?? 'samples', start, end)).map(
      ({ impact_ms: _i, no_data_ms: _n, ...s }) => s,
    );
    // The changes are read a slice of monitors at a time, giving the event loop back between slices (API requests
    // and incoming results wait less); the bucket is still written in one transaction, so it is rolled up whole or
    // not at all.
    const time = new Map<number, { impact_ms: number; no_data_ms: number }>();
    for (let i = 0; i < keys.length; i += SLICE) {
      for (const [k, v] of integrate(await changesBetween(ctx.db, keys.slice(i, i + SLICE), start, end), start, end))
        time.set(k, v);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const rows: RollupRow[] = [];
    const bySum = new Map(sums.map((s) => [s.monitor_key, s]));
    for (const key of new Set([...bySum.keys(), ...time.keys()])) {
      const s = bySum.get(key) ?? { checks: 0, failed: 0, latency_sum: 0, latency_max: 0 };
      const t = time.get(key) ?? { impact_ms: 0, no_data_ms: 0 };
      // Minutes are kept only where something was measured or impaired; hours and days always.
      if (size === MINUTE && s.checks === 0 && t.impact_ms === 0) continue;
      rows.push({ monitor_key: key, size, start, ...s, ...t });
    }
    if (rows.length) await writeTransaction(ctx, (trx) => upsertRollups(trx, rows));
  }
}

/**
 * Impact-weighted time (∫ failing/reporting dt) and time with no reporting location per monitor in [start, end),
 * from its changes (each monitor's change before `start` included). Before a monitor's first change it was not
 * measured yet: nothing is counted.
 */
export function integrate(
  changes: readonly ChangeRow[],
  start: number,
  end: number,
): Map<number, { impact_ms: number; no_data_ms: number }> {
  const out = new Map<number, { impact_ms: number; no_data_ms: number }>();
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const next = changes[i + 1];
    const until = next && next.monitor_key === c.monitor_key ? Math.min(next.at, end) : end;
    const from = Math.max(c.at, start);
    const acc = out.get(c.monitor_key) ?? { impact_ms: 0, no_data_ms: 0 };
    out.set(c.monitor_key, acc);
    if (until <= from) continue;
    if (c.reporting === 0) acc.no_data_ms += until - from;
    else acc.impact_ms += Math.round(((until - from) * c.failing) / c.reporting);
  }
  return out;
}
