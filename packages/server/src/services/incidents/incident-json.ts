import { z } from 'zod';
import type { IncidentRow, IncidentUpdateRow } from '../../storage/repositories/incident-repository.js';
import type { AffectedComponent } from '../notices/recipients.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_KINDS = ['incident', 'unplanned_maintenance'] as const;

/** A component an update names: one of a service's components, or (componentId null) all of them. */
const affectedComponentSchema = z.object({
  serviceId: z.string(),
  componentId: z.string().nullable().describe('null: every component of the service'),
});

/** One update of an incident, as its incident lists it and GET /incidents/{incidentId}/updates/{updateId} answers it. */
export const incidentUpdateSchema = z.object({
  id: z.string().describe('the update within its incident: its sequence number, in decimal (1 for the opening)'),
  seq: z.number().int().describe('its place in the incident: 1, 2, …'),
  at: instantText,
  status: z.enum(INCIDENT_STATUSES),
  text: z.string(),
  fraction: z.number().describe('fraction of users impaired from this update on (0–1)'),
  components: z.array(affectedComponentSchema),
  expectedEnd: instantText
    .nullable()
    .describe('unplanned maintenance: when it is expected to end, as stated by this update or carried from before'),
});
export type IncidentUpdateJson = z.infer<typeof incidentUpdateSchema>;

/** An incident or unplanned maintenance with its updates, as the status page and the API show it. */
export const incidentSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  status: z.enum(INCIDENT_STATUSES),
  openedAt: instantText,
  resolvedAt: instantText.nullable(),
  expectedEnd: instantText
    .nullable()
    .describe('unplanned maintenance still going on: when it is expected to end (its latest update says)'),
  updates: z.array(incidentUpdateSchema),
});
export type IncidentJson = z.infer<typeof incidentSchema>;

export function updateJson(u: IncidentUpdateRow): IncidentUpdateJson {
  return {
    id: String(u.seq),
    seq: u.seq,
    at: wireInstant(u.at),
    status: u.status,
    text: u.text,
    fraction: u.fraction,
    components: JSON.parse(u.components) as AffectedComponent[],
    expectedEnd: u.expected_end === null ? null : wireInstant(u.expected_end),
  };
}

export function incidentJson(r: IncidentRow, updates: readonly IncidentUpdateRow[]): IncidentJson {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    openedAt: wireInstant(r.opened_at),
    resolvedAt: r.resolved_at === null ? null : wireInstant(r.resolved_at),
    expectedEnd: expectedEndOf(r, updates),
    updates: updates.map(updateJson),
  };
}

/** While open, the expected end its latest update carries; a resolved incident has ended. */
function expectedEndOf(r: IncidentRow, updates: readonly IncidentUpdateRow[]): string | null {
  const last = updates[updates.length - 1]?.expected_end ?? null;
  return r.resolved_at === null && last !== null ? wireInstant(last) : null;
}
