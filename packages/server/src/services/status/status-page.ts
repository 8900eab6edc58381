import type { OutageRule } from '@surety/engine';
import {
  earliestOpenedResolvedSince,
  openIncidents,
  resolvedIncidentCounts,
  resolvedIncidentLines,
  updatesOf,
} from '../../storage/repositories/incident-repository.js';
import { allComponents, allServices, maintenanceBetween } from '../../storage/repositories/status-page-repository.js';
import {
  impactAt,
  impactSegments,
  publicOutageRule,
  segmentsOf,
  type UptimeSlot,
} from '../availability/component-uptime.js';
import type { ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';
import { incidentJson, type IncidentJson } from '../incidents/incident-json.js';
import { maintenanceJson, type MaintenanceJson } from '../maintenance/maintenance-json.js';
import { monitorImpactNow } from '../monitors/monitor-impact-now.js';
import { componentKey, dailyUptime } from './daily-uptime.js';

const DAY = 86_400_000;
export const UPTIME_DAYS = 90;

export type ComponentState = 'operational' | 'degraded' | 'partial_outage' | 'major_outage' | 'maintenance';

export interface ComponentStatus {
  serviceId: string;
  id: string;
  name: string;
  state: ComponentState;
  /** Fraction of users impaired now. */
  impact: number;
  /** The last 90 UTC days, oldest first; today measured up to now. */
  days: UptimeSlot[];
  /** Uptime over the 90 days (measured time only). */
  uptime: number | null;
}

export interface ServiceStatus {
  id: string;
  name: string;
  description: string;
  /** The worst state of its components. */
  state: ComponentState;
  components: ComponentStatus[];
}

export interface StatusPage {
  now: number;
  rule: OutageRule;
  state: ComponentState;
  services: ServiceStatus[];
  ongoing: IncidentJson[];
  /** Maintenance in progress or yet to start, by start. */
  maintenance: MaintenanceJson[];
  /** Incidents resolved in the 90 days, by month (YYYY-MM, UTC), newest month first: how many, the latest 20. */
  history: { month: string; count: number; incidents: HistoryLine[] }[];
}

/** One line of the history: a month of hundreds of incidents stays a page, not a megabyte. */
export interface HistoryLine {
  id: string;
  title: string;
  openedAt: string;
}

const HISTORY_LINES = 20;

/** Month starts (UTC) from the month of `first` to the one after the month of `last`. */
function monthStarts(first: number, last: number): number[] {
  const a = new Date(first);
  const b = new Date(last);
  const bounds: number[] = [];
  for (let y = a.getUTCFullYear(), m = a.getUTCMonth(); ; m === 11 ? ((m = 0), y++) : m++) {
    bounds.push(Date.UTC(y, m, 1));
    if (y > b.getUTCFullYear() || (y === b.getUTCFullYear() && m > b.getUTCMonth())) break;
  }
  return bounds;
}

/**
 * The incidents resolved since `from`, by the UTC month they opened in, newest month first; empty months left out.
 * Two reads: the counts of the months from `from`'s on, then the lines of every month at once. Only when an incident
 * resolved since `from` opened before that month (open for weeks) are its earlier months counted again from there.
 */
async function history(ctx: ServiceContext, from: number, now: number): Promise<StatusPage['history']> {
  let bounds = monthStarts(from, now);
  const first = await resolvedIncidentCounts(ctx.db, from, bounds);
  let counts = first.counts;
  if (first.before > 0) {
    bounds = monthStarts((await earliestOpenedResolvedSince(ctx.db, from)) ?? from, now);
    ({ counts } = await resolvedIncidentCounts(ctx.db, from, bounds));
  }
  const shown = counts.flatMap((n, i) => (n ? [i] : [])).reverse();
  const lines = await resolvedIncidentLines(
    ctx.db,
    from,
    shown.map((i) => ({ from: bounds[i]!, to: bounds[i + 1]! })),
    HISTORY_LINES,
  );
  return shown.map((i) => ({
    month: new Date(bounds[i]!).toISOString().slice(0, 7),
    count: counts[i]!,
    incidents: lines
      .filter((l) => l.opened_at >= bounds[i]! && l.opened_at < bounds[i + 1]!)
      .map((l) => ({ id: l.id, title: l.title, openedAt: wireInstant(l.opened_at) })),
  }));
}

const SEVERITY: ComponentState[] = ['operational', 'maintenance', 'degraded', 'partial_outage', 'major_outage'];
export const worst = (states: readonly ComponentState[]): ComponentState =>
  states.reduce((w, s) => (SEVERITY.indexOf(s) > SEVERITY.indexOf(w) ? s : w), 'operational' as ComponentState);

function stateOf(impact: number, rule: OutageRule, inMaintenance: boolean): ComponentState {
  if (impact >= 1) return 'major_outage';
  if (impact > 0 && impact >= rule.minImpact) return 'partial_outage';
  if (impact > 0) return 'degraded';
  return inMaintenance ? 'maintenance' : 'operational';
}

/**
 * Everything the public status page shows, as of now: each component's state and 90 days of daily uptime, measured
 * by the engine with the contracts' own outage rule and kept per day (daily-uptime.ts), ongoing incidents with their updates,
 * maintenance to come, and the incidents of the 90 days by month. Public: it reads no customer's data.
 */
export async function statusPage(ctx: ServiceContext): Promise<StatusPage> {
  const now = ctx.now();
  const today = Math.floor(now / DAY) * DAY;
  const from = today - (UPTIME_DAYS - 1) * DAY;
  const [services, components, segments, rule, maintenanceRows, open, resolved, monitorImpact] = await Promise.all([
    allServices(ctx.db),
    allComponents(ctx.db),
    // The state now: only what holds now matters.
    impactSegments(ctx.db, now, now + 1, now),
    publicOutageRule(ctx.db, ctx.caches.compiledContracts),
    // Cancelled windows still ahead are shown as cancelled; they put no component under maintenance.
    maintenanceBetween(ctx.db, now, Number.MAX_SAFE_INTEGER, { withCancelled: true }),
    openIncidents(ctx.db),
    history(ctx, from, now),
    // Monitors failing now (one read, empty while all pass): a component they fail is not operational either.
    monitorImpactNow(ctx.db, now),
  ]);
  const refs = components.map((c) => ({ serviceId: c.service_id, componentId: c.id }));
  const daily = await dailyUptime(ctx, refs, rule, UPTIME_DAYS);
  const maintenance = maintenanceRows.map((m) => maintenanceJson(m, now));
  const inMaintenance = (serviceId: string, componentId: string) =>
    maintenanceRows.some(
      (m) =>
        m.start <= now &&
        m.cancelled_at === null &&
        (m.service_id === null || (m.service_id === serviceId && (m.component_id ?? componentId) === componentId)),
    );
  const byService = new Map<string, ComponentStatus[]>(services.map((s) => [s.id, []]));
  for (const c of components) {
    const impact = Math.max(impactAt(segmentsOf(segments, c.service_id, c.id), now), monitorImpact(c.service_id, c.id));
    const slots = daily.get(componentKey({ serviceId: c.service_id, componentId: c.id }))!;
    const measured = slots.reduce((t, d) => t + Math.max(0, Math.min(d.end, now) - d.start), 0);
    const outage = slots.reduce((t, d) => t + d.outageMs, 0);
    byService.get(c.service_id)?.push({
      serviceId: c.service_id,
      id: c.id,
      name: c.name,
      state: stateOf(impact, rule, inMaintenance(c.service_id, c.id)),
      impact,
      days: slots,
      uptime: measured > 0 ? (measured - outage) / measured : null,
    });
  }
  const serviceStatuses = services.map((s) => {
    const comps = byService.get(s.id)!;
    return {
      id: s.id,
      name: s.name,
      description: s.description,
      state: worst(comps.map((c) => c.state)),
      components: comps,
    };
  });
  const updates = await updatesOf(
    ctx.db,
    open.map((i) => i.id),
  );
  return {
    now,
    rule,
    state: worst(serviceStatuses.map((s) => s.state)),
    services: serviceStatuses,
    ongoing: open.map((i) => incidentJson(i, updates.get(i.id)!)),
    maintenance,
    history: resolved,
  };
}
