/**
 * Monitors and what they measured. Samples are a few integers each (the monitor and location by small integer
 * keys) and expire after the retention period; rollups and location changes stay, so bars, reports and outages
 * with their exact start and end outlive the samples.
 */
export interface MonitorTable {
  id: string;
  /** Small integer naming the monitor in samples, changes and rollups. */
  key: number;
  service_id: string;
  component_id: string | null;
  name: string;
  type: string;
  config: string; // JSON, validated by services/monitors/monitor-config.ts
  interval_ms: number;
  locations: string; // JSON array of location names
  /** Heartbeat and request-count monitors: the SHA-256 of the token a job pushes with. */
  push_token_hash: string | null;
  /** What a confirmed failure opens: off, draft (for staff to publish) or published (an incident, notified). */
  incidents: 'off' | 'draft' | 'published';
  created_at: number;
  updated_at: number;
}

/** One row (id 1): raised by every write to `monitors` (migration 0201). */
export interface MonitorRevisionTable {
  id: number;
  revision: number;
}

export interface ProbeLocationTable {
  key: number;
  name: string;
  created_at: number;
}

/** One check result. `t` is the slot the check was scheduled for, so a check run twice is stored once. */
export interface MonitorSampleTable {
  monitor_key: number;
  location_key: number;
  t: number;
  ok: number; // 1 passed, 0 failed
  latency_ms: number;
}

/** The latest result per monitor and location, with its error text (samples keep none). */
export interface MonitorLatestTable {
  monitor_key: number;
  location_key: number;
  t: number;
  ok: number;
  latency_ms: number;
  error: string | null;
  warning: string | null;
}

/** From `at` on, `failing` of `reporting` locations see the monitor fail (engine: location-impact.ts). */
export interface MonitorChangeTable {
  monitor_key: number;
  at: number;
  failing: number;
  reporting: number;
}

/**
 * A projection of monitor_changes kept in the same transaction (repositories/monitor-repository.ts): from `start` until
 * `end` (null: still) the monitor had at least one failing location. Every outage under any contract's rule lies
 * inside one, so the status page reads the changes of only the monitors with a span in its range, not of all.
 */
export interface MonitorFailingSpanTable {
  monitor_key: number;
  start: number;
  end: number | null;
}

/** Per-minute, hourly and daily sums (size in ms). impact_ms is ∫ failing/reporting dt; no_data_ms has no location. */
export interface MonitorRollupTable {
  monitor_key: number;
  size: number;
  start: number;
  checks: number;
  failed: number;
  latency_sum: number;
  latency_max: number;
  impact_ms: number;
  no_data_ms: number;
}

export interface MonitorRequestCountTable {
  monitor_key: number;
  start: number;
  end: number;
  total: number;
  failed: number;
}

/** Which source rules a contract's availability for a customer, and which components its monitors cover. */
export interface AvailabilitySourceTable {
  customer_id: string;
  contract_id: string;
  source: string; // incidents | monitors | both
  components: string; // JSON array of { serviceId, componentId? }
  updated_at: number;
}

/**
 * A confirmed failure of a monitor: from `started_at` (the real instant its locations began failing) until every
 * reporting location passes again (`resolved_at`). A published one names the status incident it opened.
 */
export interface MonitorAlertTable {
  id: string;
  monitor_key: number;
  started_at: number;
  confirmed_at: number;
  resolved_at: number | null;
  mode: 'draft' | 'published';
  incident_id: string | null;
  /** Locations failing of those reporting when it was confirmed. */
  failing: number;
  reporting: number;
}

/** PostgreSQL: the probe processes alive per location, which share its checks. */
export interface ProbeMemberTable {
  location_key: number;
  member: string;
  seen_at: number;
}

export interface MonitorTables {
  monitors: MonitorTable;
  monitor_revision: MonitorRevisionTable;
  probe_locations: ProbeLocationTable;
  monitor_samples: MonitorSampleTable;
  monitor_latest: MonitorLatestTable;
  monitor_changes: MonitorChangeTable;
  monitor_failing_spans: MonitorFailingSpanTable;
  monitor_rollups: MonitorRollupTable;
  monitor_request_counts: MonitorRequestCountTable;
  availability_sources: AvailabilitySourceTable;
  probe_members: ProbeMemberTable;
  monitor_alerts: MonitorAlertTable;
}
