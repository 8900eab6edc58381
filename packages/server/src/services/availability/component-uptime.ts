import {
  clip,
  impactFromIncidents,
  normalize,
  outagesFromImpact,
  totalLength,
  type Interval,
  type OutageRule,
} from '@surety/engine';
import { assignedContractVersions } from '../../storage/repositories/contract-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { impactsBetween } from '../../storage/repositories/incident-repository.js';
import { compiledVersion, type CompiledContracts } from '../contracts/compiled-contracts.js';

/**
 * The one place component state and uptime come from: reports, the status page and its feeds all read impact through
 * here. Impact comes from incidents (their updates' impact segments, an incident recorded already over included);
 * monitors' outages are measured from their location changes
 * (monitors/component-outages.ts) and united with these in outageIntervals.
 */
export interface ImpactSegment {
  /** null: the provider's whole offering. */
  serviceId: string | null;
  /** null: every component of the service. */
  componentId: string | null;
  start: number;
  end: number;
  fraction: number;
  /** Still going on: it ends at `now` for measuring, and holds at `now` for the state. */
  open?: boolean;
}

/** Impact overlapping [from, to); a segment still open ends at `now` (nothing is known of later). */
export async function impactSegments(db: Executor, from: number, to: number, now: number): Promise<ImpactSegment[]> {
  return (await impactsBetween(db, from, to))
    .map((i) => ({
      serviceId: i.service_id,
      componentId: i.component_id,
      start: i.start,
      end: i.end ?? Math.max(i.start, now),
      fraction: i.fraction,
      open: i.end === null,
    }))
    .filter((s) => s.end > s.start || s.open);
}

/** The segments that impair a component: its own, its service's and the whole offering's. */
export function segmentsOf(
  segments: readonly ImpactSegment[],
  serviceId: string,
  componentId: string,
): ImpactSegment[] {
  return segments.filter(
    (s) =>
      s.serviceId === null || (s.serviceId === serviceId && (s.componentId === null || s.componentId === componentId)),
  );
}

/** Impact at an instant: the largest fraction of the segments that hold then. */
export function impactAt(segments: readonly ImpactSegment[], t: number): number {
  return Math.max(0, ...segments.filter((s) => s.start <= t && (t < s.end || s.open)).map((s) => s.fraction));
}

/** Outage rule when no contract is assigned yet: any impairment, however short, is an outage. */
const ANY_IMPAIRMENT: OutageRule = { minImpact: Number.MIN_VALUE, minDurationMs: 0 };

/**
 * The outage rule public figures use: the strictest of the assigned contracts' own rules (lowest impact threshold,
 * shortest minimum), so that the public page never shows more uptime than any contract measures. Until contracts
 * name the components they cover, every contract is taken to cover every component.
 */
export async function publicOutageRule(db: Executor, compiled: CompiledContracts): Promise<OutageRule> {
  const rules: OutageRule[] = [];
  // One read of the distinct versions and order forms assigned, each compiled once per store: not one read per
  // customer on every page.
  for (const a of await assignedContractVersions(db)) {
    const terms = (
      await compiledVersion(db, compiled, a.customer_id, a.contract_id, Number(a.contract_version), a.order_form).catch(
        () => undefined,
      )
    )?.availability;
    if (terms?.sli === 'time') rules.push(terms.outage);
  }
  if (!rules.length) return ANY_IMPAIRMENT;
  return {
    minImpact: Math.min(...rules.map((r) => r.minImpact)),
    minDurationMs: Math.min(...rules.map((r) => r.minDurationMs)),
  };
}

/**
 * Counted outage of a component in [from, to), measured by the engine as the contracts do: the outages of its impact
 * segments, united with those its monitors measured (`measured`, already judged under the rule), as a contract whose
 * availability source is both.
 */
export function outageIntervals(
  segments: readonly ImpactSegment[],
  rule: OutageRule,
  from: number,
  to: number,
  measured: readonly Interval[] = [],
): Interval[] {
  const declared = outagesFromImpact(impactFromIncidents(segments), rule);
  return clip(measured.length ? normalize([...declared, ...measured]) : declared, from, to);
}

export interface UptimeSlot {
  start: number;
  end: number;
  /** Outage counted in the slot, ms. */
  outageMs: number;
  /** (measured − outage) / measured; null for a slot not yet begun. */
  uptime: number | null;
}

/**
 * Uptime per slot (days, months) of one component: the outage of the whole span is computed once, so an outage
 * crossing midnight is one outage (its minimum duration judged whole), then cut at slot bounds. A slot still under
 * way is measured up to `now`.
 */
export function uptimeBySlot(
  segments: readonly ImpactSegment[],
  rule: OutageRule,
  slots: readonly { start: number; end: number }[],
  now: number,
  measured: readonly Interval[] = [],
): UptimeSlot[] {
  if (!slots.length) return [];
  const outages = outageIntervals(segments, rule, slots[0]!.start, slots[slots.length - 1]!.end, measured);
  return slots.map(({ start, end }) => {
    const measuredEnd = Math.min(end, now);
    if (measuredEnd <= start) return { start, end, outageMs: 0, uptime: null };
    const outageMs = totalLength(clip(outages, start, measuredEnd));
    return { start, end, outageMs, uptime: (measuredEnd - start - outageMs) / (measuredEnd - start) };
  });
}
