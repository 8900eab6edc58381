/**
 * The status page's daily uptime, kept so that the page reads 90 rows instead of measuring 90 days again: a
 * projection of the impact inputs (declared incidents, incident impact segments). Its writers delete the days a change
 * can touch (repositories/status-uptime-repository.ts) in the change's own transaction.
 *
 * One row per UTC day, measured for every component at once under one outage rule (a change invalidates whole days).
 */
export interface StatusUptimeDayTable {
  /** Start of the UTC day, epoch ms. */
  day: number;
  /** The outage rule the day was measured with ("minImpact/minDurationMs"): another rule means not measured. */
  rule: string;
  /** Which components were measured (a digest of their keys): a component added since means not measured. */
  components: string;
  /** JSON object "serviceId/componentId" → counted outage ms, for the components with any (most have none). */
  outages: string;
}

/**
 * A counter raised by every change to the impact inputs: a reader that measured days from the inputs stores them only
 * if no change committed since it read (otherwise it could store what a concurrent change has just invalidated).
 */
export interface StatusUptimeGenerationTable {
  id: number;
  generation: number;
}

/** The next stage notice of a scheduled maintenance, due at `due_at`; no row: none is left (or it was cancelled). */
export interface MaintenanceStageTable {
  exclusion_id: string;
  stage: 'reminder' | 'started' | 'completed';
  due_at: number;
}

export interface StatusTables {
  maintenance_stages: MaintenanceStageTable;
  status_uptime_days: StatusUptimeDayTable;
  status_uptime_generation: StatusUptimeGenerationTable;
}
