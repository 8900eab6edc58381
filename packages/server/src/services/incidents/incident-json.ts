import type {
  StatusIncidentRow,
  StatusIncidentUpdateRow,
} from '../../storage/repositories/status-incident-repository.js';
import type { AffectedComponent } from '../notices/recipients.js';
import { wireInstant } from '../core/instants.js';

export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_KINDS = ['incident', 'unplanned_maintenance'] as const;

export interface IncidentUpdateJson {
  seq: number;
  at: string;
  status: IncidentStatus;
  text: string;
  /** Fraction of users impaired from this update on (0–1). */
  fraction: number;
  components: AffectedComponent[];
}

export interface StatusIncidentJson {
  id: string;
  title: string;
  kind: StatusIncidentRow['kind'];
  status: IncidentStatus;
  openedAt: string;
  resolvedAt: string | null;
  updates: IncidentUpdateJson[];
}

export function updateJson(u: StatusIncidentUpdateRow): IncidentUpdateJson {
  return {
    seq: u.seq,
    at: wireInstant(u.at),
    status: u.status,
    text: u.text,
    fraction: u.fraction,
    components: JSON.parse(u.components) as AffectedComponent[],
  };
}

export function statusIncidentJson(
  r: StatusIncidentRow,
  updates: readonly StatusIncidentUpdateRow[],
): StatusIncidentJson {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    openedAt: wireInstant(r.opened_at),
    resolvedAt: r.resolved_at === null ? null : wireInstant(r.resolved_at),
    updates: updates.map(updateJson),
  };
}
