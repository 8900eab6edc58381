import { Temporal } from 'temporal-polyfill';
import { localDateOf, localToEpochMs } from '../calendar/local-time.js';
import { MAINTENANCE_CATEGORIES, type ExclusionDecision } from './exclusions.js';
import { clip, intersect, normalize, totalLength, type Interval } from './interval-set.js';
import type { Period } from './periods.js';

/** One week of maintenance downtime against an aim (Tactful: "total weekly downtime ... less than 30 minutes"). */
export interface MaintenanceWeek {
  /** Monday 00:00 local (ISO week), or the period's start for a week the period cuts. */
  start: number;
  end: number;
  /** Outage time inside excused maintenance in this week (within the period). */
  downtimeMs: number;
  met: boolean;
}

export interface MaintenanceAim {
  aimMs: number;
  weeks: MaintenanceWeek[];
}

/**
 * Maintenance downtime per ISO week of the period in its zone: the outage time the report excused as maintenance.
 * An aim is measured and shown, never a breach of the contract.
 */
export function maintenanceAim(
  period: Period,
  outages: readonly Interval[],
  decisions: readonly ExclusionDecision[],
  aimMs: number,
): MaintenanceAim {
  const maintenance = normalize(
    decisions
      .filter((d) => d.excluded && MAINTENANCE_CATEGORIES.includes(d.exclusion.category))
      .map((d) => [d.exclusion.start, d.exclusion.end] as const),
  );
  const down = intersect(clip(normalize(outages), period.start, period.end), maintenance);
  const weeks: MaintenanceWeek[] = [];
  const first = localDateOf(period.zone, period.start);
  let monday = first.subtract({ days: first.dayOfWeek - 1 });
  for (;;) {
    const next = monday.add({ weeks: 1 });
    const start = Math.max(period.start, localToEpochMs(period.zone, monday, 0));
    const end = Math.min(period.end, localToEpochMs(period.zone, next, 0));
    if (start >= period.end) break;
    const downtimeMs = totalLength(clip(down, start, end));
    weeks.push({ start, end, downtimeMs, met: downtimeMs < aimMs });
    monday = Temporal.PlainDate.from(next);
  }
  return { aimMs, weeks };
}
