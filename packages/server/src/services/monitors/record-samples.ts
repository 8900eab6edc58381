import {
  insertSamples,
  listMonitorsById,
  locationKey,
  upsertLatest,
  type MonitorRow,
} from '../../storage/repositories/monitor-repository.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { rederiveChangesOf } from './location-changes.js';
import { rollUpRange, ROLLUP_SETTLE_MS } from './rollups.js';

/** One check result as a probe reports it. */
export interface SampleInput {
  monitorId: string;
  /** The slot the check was scheduled for. */
  t: number;
  ok: boolean;
  latencyMs: number;
  error?: string;
  warning?: string;
}

export interface RecordedSamples {
  accepted: number;
  /** Samples of monitors that no longer exist or are no longer measured from this location. */
  ignored: number;
}

/**
 * Records a batch of results from one location: the samples, each monitor's latest result, and its location
 * changes derived again from the batch's earliest sample. Rollups of minutes already rolled up are redone for
 * samples that arrive late.
 */
export async function recordSamples(
  ctx: ServiceContext,
  location: string,
  samples: readonly SampleInput[],
): Promise<RecordedSamples> {
  requireStaffWrite(ctx);
  if (!/^[\w.-]{1,64}$/.test(location))
    throw new ServiceError('invalid', 'a location is 1–64 letters, digits, . _ -', 'location');
  if (!samples.length) return { accepted: 0, ignored: 0 };
  const now = ctx.now();
  const { accepted, earliest } = await writeTransaction(ctx, async (trx) => {
    const key = await locationKey(trx, location, now);
    const monitors = new Map<string, MonitorRow>();
    for (const m of await listMonitorsById(trx, [...new Set(samples.map((s) => s.monitorId))]))
      if ((JSON.parse(m.locations) as string[]).includes(location)) monitors.set(m.id, m);
    const kept = samples.filter((s) => monitors.has(s.monitorId));
    await insertSamples(
      trx,
      kept.map((s) => ({
        monitor_key: monitors.get(s.monitorId)!.key,
        location_key: key,
        t: s.t,
        ok: s.ok ? 1 : 0,
        latency_ms: Math.max(0, Math.round(s.latencyMs)),
      })),
    );
    const latest = new Map<string, SampleInput>();
    for (const s of kept) if ((latest.get(s.monitorId)?.t ?? -Infinity) <= s.t) latest.set(s.monitorId, s);
    await upsertLatest(
      trx,
      [...latest.values()].map((s) => ({
        monitor_key: monitors.get(s.monitorId)!.key,
        location_key: key,
        t: s.t,
        ok: s.ok ? 1 : 0,
        latency_ms: Math.max(0, Math.round(s.latencyMs)),
        error: s.error?.slice(0, 500) ?? null,
        warning: s.warning?.slice(0, 500) ?? null,
      })),
    );
    const from = new Map<string, number>();
    for (const s of kept) from.set(s.monitorId, Math.min(from.get(s.monitorId) ?? Infinity, s.t));
    await rederiveChangesOf(
      trx,
      [...from].map(([id, t]) => ({ monitor: monitors.get(id)!, from: t })),
      now,
    );
    return { accepted: kept.length, earliest: Math.min(...from.values()) };
  });
  // A probe agent's buffer arrives after its minutes were rolled up: roll them up again with it.
  if (earliest < now - ROLLUP_SETTLE_MS) await rollUpRange(ctx, earliest, now - ROLLUP_SETTLE_MS);
  return { accepted, ignored: samples.length - accepted };
}
