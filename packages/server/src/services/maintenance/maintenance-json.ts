import { z } from 'zod';
import type { ExclusionRow, MaintenanceStatus } from '../../storage/repositories/availability-repository.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

export const maintenanceStatusSchema = z.enum([
  'scheduled',
  'in_progress',
  'completed',
  'cancelled',
] satisfies MaintenanceStatus[]);

/** Scheduled maintenance, as lists show it. */
export const maintenanceSchema = z.object({
  id: z.string(),
  customerId: z.string().nullable().describe('null: maintenance for every customer'),
  serviceId: z.string().nullable(),
  componentId: z.string().nullable(),
  start: instantText,
  end: instantText,
  reason: z.string(),
  noticeAt: instantText.nullable(),
  status: maintenanceStatusSchema,
  cancelledAt: instantText.nullable(),
  createdAt: instantText,
  seriesId: z.string().nullable().describe('the series it was published in (repeat); null: published on its own'),
});
export type MaintenanceJson = z.infer<typeof maintenanceSchema>;

/** The maintenance's notice against one assigned contract's notice rule. */
export const noticeCheckSchema = z.object({
  customerId: z.string(),
  contractId: z.string(),
  contractVersion: z.number().int(),
  required: z
    .string()
    .nullable()
    .describe('the notice the contract asks for ("7 business days", "1 week"); null when it sets none'),
  sufficient: z.boolean().nullable().describe('null when no notice rule applies'),
  effect: z.enum(['excluded', 'counted', 'not measured']).describe('what the maintenance window does to downtime'),
  flagged: z.boolean().describe('short notice the contract tolerates but reports (TechJutsu §3.1.1)'),
  rule: z.string(),
  clause: z.string().nullable(),
  note: z.string().nullable(),
  window: z
    .enum(['inside', 'outside'])
    .nullable()
    .describe(
      "against the contract's regular maintenance windows (inside: no notice needed; outside: the work deviates and the notice rule decides); null: it has none",
    ),
});
export type NoticeCheck = z.infer<typeof noticeCheckSchema>;

/** GET /maintenance/{id}: the maintenance with its notice checked per assigned contract; POST /maintenance answers it. */
export const maintenanceDetailSchema = maintenanceSchema.extend({
  notice: z
    .array(noticeCheckSchema)
    .describe('per assigned contract: was the notice enough, and is the window excluded'),
  occurrences: z
    .array(z.object({ id: z.string(), start: instantText, end: instantText }))
    .describe('published with repeat: every occurrence, this first one included, each a maintenance of its own'),
});
export type MaintenanceDetailJson = z.infer<typeof maintenanceDetailSchema>;

/** POST /maintenance/series/{seriesId}/cancel: every occurrence of the series with its status after the call. */
export const maintenanceSeriesSchema = z.object({
  seriesId: z.string(),
  occurrences: z
    .array(maintenanceSchema)
    .describe('by start: cancelled, completed (over before, or ended now if it was under way), or as they were'),
});
export type MaintenanceSeriesJson = z.infer<typeof maintenanceSeriesSchema>;

/** Scheduled maintenance is stored as an exclusion of category scheduled_maintenance; this is its resource view. */
export function maintenanceJson(row: ExclusionRow, now: number): MaintenanceJson {
  const status: MaintenanceStatus =
    row.cancelled_at !== null
      ? 'cancelled'
      : now < row.start
        ? 'scheduled'
        : now < row.end
          ? 'in_progress'
          : 'completed';
  return {
    id: row.id,
    customerId: row.customer_id,
    serviceId: row.service_id,
    componentId: row.component_id,
    start: wireInstant(row.start),
    end: wireInstant(row.end),
    reason: row.reason,
    noticeAt: row.notice_at === null ? null : wireInstant(row.notice_at),
    status,
    cancelledAt: row.cancelled_at === null ? null : wireInstant(row.cancelled_at),
    createdAt: wireInstant(row.created_at),
    seriesId: row.series_id ?? null,
  };
}
