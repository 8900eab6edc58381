import type { OutageRule } from '@surety/engine';
import { createHash } from 'node:crypto';
import { earliestOpenImpact } from '../../storage/repositories/incident-repository.js';
import {
  measuredDays,
  storeDailyUptime,
  uptimeGeneration,
} from '../../storage/repositories/status-uptime-repository.js';
import { impactSegments, segmentsOf, uptimeBySlot, type UptimeSlot } from '../availability/component-uptime.js';
import { ReadOnlyContext, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { monitorOutagesByComponent } from '../monitors/component-outages.js';

const DAY = 86_400_000;

export interface ComponentRef {
  serviceId: string;
  componentId: string;
}

/**
 * Daily uptime per component, as the status page reads it: `days` UTC days ending today, each component's slots
 * oldest first. One interface whatever the source, so that monitors' daily rollups can feed it the same way.
 */
export type DailyUptimeReader = (
  ctx: ServiceContext,
  components: readonly ComponentRef[],
  rule: OutageRule,
  days: number,
) => Promise<Map<string, UptimeSlot[]>>;

export const componentKey = (c: ComponentRef) => `${c.serviceId}/${c.componentId}`;
const ruleKey = (rule: OutageRule) => `${rule.minImpact}/${rule.minDurationMs}`;
const dayOf = (t: number) => Math.floor(t / DAY) * DAY;

/** Measures each component's slots with the engine (component-uptime.ts), from the impact inputs around them. */
async function measure(
  ctx: ServiceContext,
  components: readonly ComponentRef[],
  rule: OutageRule,
  slots: readonly { start: number; end: number }[],
  now: number,
): Promise<Map<string, UptimeSlot[]>> {
  const out = new Map<string, UptimeSlot[]>();
  if (!slots.length) return out;
  // A day's margin either side: an outage crossing the range's bounds is judged whole (its minimum duration).
  const from = slots[0]!.start - DAY;
  const to = slots[slots.length - 1]!.end + DAY;
  const [segments, measured] = await Promise.all([
    impactSegments(ctx.db, from, to, now),
    monitorOutagesByComponent(ctx.db, rule, from, to, now, components),
  ]);
  for (const c of components) {
    const key = componentKey(c);
    const own = segmentsOf(segments, c.serviceId, c.componentId);
    out.set(key, uptimeBySlot(own, rule, slots, now, measured.get(key)));
  }
  return out;
}

/**
 * Days that are over and can no longer change without a write to the inputs come from the stored tables
 * (storage/status-tables.ts); those missing are measured once and stored. Measured on every read: today and yesterday
 * (an outage under way can still reach its minimum duration across midnight), every day from the one before the
 * earliest impact still open, and all of them under a rule whose minimum duration exceeds a day (a change could then
 * reach further than the invalidation margin of status-uptime-repository.ts).
 */
export const dailyUptime: DailyUptimeReader = async (ctx, components, rule, days) => {
  const now = ctx.now();
  const today = dayOf(now);
  const from = today - (days - 1) * DAY;
  const slots = Array.from({ length: days }, (_, i) => ({ start: from + i * DAY, end: from + (i + 1) * DAY }));
  const rk = ruleKey(rule);
  const digest = createHash('sha256').update(components.map(componentKey).sort().join('\n')).digest('base64url');
  // Read before the inputs: a change committed after this is not stored over (storeDailyUptime).
  const generation = await uptimeGeneration(ctx.db);
  const open = await earliestOpenImpact(ctx.db);
  let liveFrom = rule.minDurationMs <= DAY ? today - DAY : from;
  if (open !== undefined) liveFrom = Math.min(liveFrom, dayOf(open) - DAY);
  liveFrom = Math.max(liveFrom, from);

  // Per component, its outage per day by the day's index in `slots` (most components have few days with outage).
  const outage = new Map<string, number[]>(components.map((c) => [componentKey(c), []]));
  const known = new Set<number>();
  for (const d of await measuredDays(ctx.db, from, liveFrom, rk, digest)) {
    const day = Number(d.day);
    known.add(day);
    const index = (day - from) / DAY;
    const outages = JSON.parse(d.outages) as Record<string, number>;
    for (const key in outages) {
      const own = outage.get(key);
      if (own) own[index] = outages[key]!;
    }
  }
  const missing = slots.filter((s) => s.start < liveFrom && !known.has(s.start));
  // A reader that could not keep them leaves them to the store that writes, before measuring them for nothing.
  if (missing.length && ctx.readOnly) throw new ReadOnlyContext();
  if (missing.length) {
    const range = slots.filter((s) => s.start >= missing[0]!.start && s.start <= missing[missing.length - 1]!.start);
    const measured = await measure(ctx, components, rule, range, now);
    const byDay = new Map<number, Record<string, number>>(range.map((d) => [d.start, {}]));
    for (const c of components)
      for (const d of measured.get(componentKey(c))!) {
        if (!d.outageMs) continue;
        outage.get(componentKey(c))![(d.start - from) / DAY] = d.outageMs;
        byDay.get(d.start)![componentKey(c)] = d.outageMs;
      }
    const stored = [...byDay].map(([day, o]) => ({ day, rule: rk, components: digest, outages: JSON.stringify(o) }));
    await writeTransaction(ctx, (trx) => storeDailyUptime(trx, stored, generation));
  }

  const live = await measure(
    ctx,
    components,
    rule,
    slots.filter((s) => s.start >= liveFrom),
    now,
  );
  const past = slots.filter((s) => s.start < liveFrom);
  // A day without outage is the same for every component: one frozen slot each, shared, instead of 50 × 88 objects
  // made (and collected) on every page.
  const fullDays = past.map(({ start, end }) => Object.freeze({ start, end, outageMs: 0, uptime: 1 }));
  const out = new Map<string, UptimeSlot[]>();
  for (const c of components) {
    const key = componentKey(c);
    const own = outage.get(key)!;
    const days: UptimeSlot[] = fullDays.slice();
    own.forEach((outageMs, i) => {
      if (outageMs && i < days.length) days[i] = { ...fullDays[i]!, outageMs, uptime: (DAY - outageMs) / DAY };
    });
    for (const d of live.get(key) ?? []) days.push(d);
    out.set(key, days);
  }
  return out;
};
