import { z } from 'zod';
import { instantText } from '../core/instant-codec.js';
import type { LatestRow, MonitorRow } from '../../storage/repositories/monitor-repository.js';
import { monitorConfig, type MonitorConfig } from './monitor-config.js';
import { wireInstant } from '../core/instants.js';

const iso = instantText;

/** What a confirmed failure opens: nothing, a draft for staff to publish, or a published (notified) incident. */
export const incidentsSetting = z
  .enum(['off', 'draft', 'published'])
  .describe('what a failure confirmed by a second location (or a second check) opens');

/** What one location last saw. */
export const locationResultSchema = z.object({
  location: z.string(),
  at: iso,
  ok: z.boolean(),
  latencyMs: z.number().int(),
  error: z.string().nullable(),
  warning: z.string().nullable(),
});

export const monitorSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  componentId: z.string().nullable(),
  name: z.string(),
  config: monitorConfig,
  intervalSeconds: z.number().int(),
  locations: z.array(z.string()),
  incidents: incidentsSetting,
  createdAt: iso,
  updatedAt: iso,
});

/** A monitor as created: with the token its jobs push heartbeats or request counts with, shown once. */
export const createdMonitorSchema = monitorSchema.extend({
  pushToken: z
    .string()
    .nullable()
    .describe('shown once: the token heartbeat and request-count pushes present (null for other checks)'),
});

export const monitorStatusSchema = z.object({
  monitorId: z.string(),
  state: z.enum(['up', 'down', 'degraded', 'no_data']),
  failing: z.number().int(),
  reporting: z.number().int(),
  since: iso.nullable(),
  locations: z.array(locationResultSchema),
});

export type MonitorJson = z.infer<typeof monitorSchema>;
export type MonitorStatusJson = z.infer<typeof monitorStatusSchema>;

export function monitorJson(row: MonitorRow): MonitorJson {
  return {
    id: row.id,
    serviceId: row.service_id,
    componentId: row.component_id,
    name: row.name,
    config: JSON.parse(row.config) as MonitorConfig,
    intervalSeconds: row.interval_ms / 1000,
    locations: JSON.parse(row.locations) as string[],
    incidents: row.incidents,
    createdAt: wireInstant(row.created_at),
    updatedAt: wireInstant(row.updated_at),
  };
}

export function locationResultJson(row: LatestRow, location: string): z.infer<typeof locationResultSchema> {
  return {
    location,
    at: wireInstant(row.t),
    ok: row.ok === 1,
    latencyMs: row.latency_ms,
    error: row.error,
    warning: row.warning,
  };
}
