import { listMonitors, samplesBetween } from '../../storage/repositories/monitor-repository.js';
import { SYSTEM, type ServiceContext } from '../core/service-context.js';
import { PUSH_LOCATION } from './create.js';
import { monitorRow } from './get.js';
import type { HeartbeatConfig } from './monitor-config.js';
import { requirePushToken } from './push-token.js';
import { recordSamples } from './record-samples.js';
import { wireInstant } from '../core/instants.js';

/** A job's beat: a passing sample now, from the push location. */
export async function beat(
  ctx: ServiceContext,
  monitorId: string,
  authorization: string | undefined,
): Promise<{ monitorId: string; at: string }> {
  const row = await monitorRow(ctx, monitorId);
  requirePushToken(row, authorization);
  if (row.type !== 'heartbeat') return { monitorId, at: wireInstant(ctx.now()) };
  const at = ctx.now();
  await recordSamples({ ...ctx, principal: SYSTEM }, PUSH_LOCATION, [{ monitorId, t: at, ok: true, latencyMs: 0 }]);
  return { monitorId, at: wireInstant(at) };
}

/**
 * A missed beat is a failure: for each heartbeat monitor, every interval slot after the last beat (plus grace)
 * that has passed by `now` without a beat gets a failing sample, so the monitor goes down at the instant the beat
 * was due, and stays measured (not silent) while the job is gone.
 */
export async function recordMissedBeats(ctx: ServiceContext): Promise<number> {
  const now = ctx.now();
  let missed = 0;
  for (const m of await listMonitors(ctx.db)) {
    if (m.type !== 'heartbeat') continue;
    const { graceMs } = JSON.parse(m.config) as HeartbeatConfig;
    const recent = await samplesBetween(ctx.db, m.key, Math.max(m.created_at, now - 10 * m.interval_ms), now + 1);
    const lastOk = recent.filter((s) => s.ok === 1).pop()?.t ?? m.created_at;
    const lastAny = recent[recent.length - 1]?.t ?? -Infinity;
    const due: number[] = [];
    for (let t = lastOk + m.interval_ms + graceMs; t <= now && due.length < 10; t += m.interval_ms)
      if (t > lastAny) due.push(t);
    if (!due.length) continue;
    missed += due.length;
    await recordSamples(
      { ...ctx, principal: SYSTEM },
      PUSH_LOCATION,
      due.map((t) => ({
        monitorId: m.id,
        t,
        ok: false,
        latencyMs: 0,
        error: `no beat since ${new Date(lastOk).toISOString()}`,
      })),
    );
  }
  return missed;
}
