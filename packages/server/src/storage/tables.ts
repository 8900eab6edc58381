import type { OverviewTables } from './overview-tables.js';
import type { CalendarTables } from './calendar-tables.js';
import type { Generated } from 'kysely';
import type { PeopleTables } from './people-tables.js';
import type { ReportTables } from './report-tables.js';
import type { MonitorTables } from './monitor-tables.js';
import type { StatusTables } from './status-tables.js';

/**
 * Table rows as stored. Instants are epoch milliseconds (BIGINT / INTEGER), never local times; JSON is kept as
 * text so that SQLite and PostgreSQL store the same bytes. Domain types live in the engine and services;
 * repositories map rows to them.
 */
export interface CustomerTable {
  id: string;
  name: string;
  created_at: number;
}

export interface ContractVersionTable {
  contract_id: string;
  version: number;
  source: string; // the contract YAML as uploaded
  created_at: number;
  created_by: string;
}

export interface AssignmentTable {
  customer_id: string;
  contract_id: string;
  contract_version: number;
  order_form: string | null; // order-form YAML
  created_at: number;
}

export interface TicketTable {
  id: string;
  customer_id: string;
  contract_id: string;
  contract_version: number;
  opened_at: number;
  fields: string; // JSON object of the request fields the contract demands
}

/** Append-only: a ticket's history. `seq` orders a ticket's events; `received_at` is the time of receipt. */
export interface TicketEventTable {
  ticket_id: string;
  seq: number;
  type: string;
  at: number;
  received_at: number;
  payload: string; // JSON of the engine TicketEvent
}

/** Derived from events and rebuildable: the ticket's clock state and its next timer. */
export interface ClockProjectionTable {
  ticket_id: string;
  last_seq: number;
  state: string; // JSON of the evaluated clocks
  next_due_at: number | null;
  overdue_since: number | null; // the earliest deadline passed and still unmet, while the ticket is open
  updated_at: number;
}

export interface ApiTokenTable {
  id: string;
  hash: string; // SHA-256 of the whole token, hex
  role: 'admin' | 'agent' | 'auditor' | 'customer';
  customer_id: string | null;
  label: string;
  created_at: number;
  revoked_at: number | null;
  /** After this instant the token is refused, as if revoked; null: it never expires. */
  expires_at: number | null;
}

/** Append-only; each row's hash covers its content and the previous row's hash. */
/** A signed checkpoint of the audit log (services/audit/checkpoints.ts). */
export interface AuditCheckpointTable {
  number: number;
  at: number;
  /** Which key signed it: the first 16 hex digits of the SHA-256 of its public key (SPKI DER). */
  key_id: string;
  /** The signed text: JSON of { number, at, previous, chains: [{ chain, length, head }] }. */
  body: string;
  signature: string; // base64
}

export interface AuditLogTable {
  seq: Generated<number>;
  /** Which of the log's hash chains the entry extends (see audit-log.ts). */
  chain: number;
  at: number;
  actor: string;
  action: string;
  entity: string;
  detail: string; // JSON
  prev_hash: string;
  hash: string;
}

export interface ContactTable {
  id: string;
  customer_id: string;
  name: string;
  email: string;
  designated: number; // 0 or 1: a designated support contact (Invoca §2.4)
  created_at: number;
  /** Removed from the customer: kept so that claims and the audit log still name it. */
  removed_at: number | null;
  /** JSON array of the roles it holds, as the customer's contracts name them ("Customer SME"): who notices reach. */
  roles: string;
}

/** Who at the provider a request is assigned to (one at a time). */
export interface TicketAssigneeTable {
  ticket_id: string;
  user_id: string;
  assigned_at: number;
}

/** A member of one of the provider's notice groups (`on-duty`, `ceo`): a user told of what the group is told of. */
export interface NoticeGroupMemberTable {
  group_id: string;
  user_id: string;
  added_at: number;
}

/** An exclusion: for every customer, or for one (customer-caused). */
export interface ExclusionTable {
  id: string;
  customer_id: string | null;
  start: number;
  end: number;
  category: string;
  reason: string;
  notice_at: number | null;
  communicated_at: number | null;
  created_at: number;
  service_id: string | null;
  component_id: string | null;
  /** Maintenance called off before it began: kept as a record, excludes nothing. */
  cancelled_at: number | null;
  cancelled_by: string | null;
  /** Maintenance published as a series (services/maintenance/schedule.ts): the series, shared by its occurrences. */
  series_id?: string | null;
}

/** A provider's service (what customers buy and the status page shows). */
export interface ServiceTable {
  id: string;
  name: string;
  description: string;
  created_at: number;
  updated_at: number;
}

/** A part of a service (a portal, an API, call routing); its id is unique within its service. */
export interface ComponentTable {
  service_id: string;
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
}

/** A service-credit claim for a month, with the decision made when it was filed. */
export interface ClaimTable {
  id: string;
  customer_id: string;
  contract_id: string;
  period: string; // the month claimed, YYYY-MM in the contract's zone
  contact_id: string | null;
  filed_at: number;
  filed_by: string; // the actor: the customer contact's token, or an admin filing on its behalf
  affected_at: number | null; // the day service was affected, from which the claim window runs
  deadline: number | null;
  outcome: 'accepted' | 'rejected';
  credit: number;
  form: string;
  uptime: string | null;
  rule: string;
  reason: string;
}

/** The latest credit decision for a customer, contract and month: a changed decision is audited once. */
export interface CreditDecisionTable {
  customer_id: string;
  contract_id: string;
  period: string;
  outcome: string;
  credit: number;
  form: string;
  claim_id: string | null;
  decided_at: number;
  decided_by: string;
}

export interface WebhookEndpointTable {
  id: string;
  url: string;
  secret: string; // the HMAC key deliveries are signed with
  created_at: number;
  disabled_at: number | null;
}

/** One event for one endpoint; `id` is stable across retries so that receivers can deduplicate. */
export interface WebhookDeliveryTable {
  id: string;
  endpoint_id: string;
  event_type: string;
  payload: string;
  created_at: number;
  attempts: number;
  next_attempt_at: number | null;
  delivered_at: number | null;
  failed_at: number | null;
}

export interface WebhookAttemptTable {
  delivery_id: string;
  attempt: number;
  at: number;
  status: number | null;
  error: string | null;
  duration_ms: number;
}

/** An incident (or unplanned maintenance): open (resolved_at null) until an update resolves it. */
export interface StatusIncidentTable {
  id: string;
  title: string;
  kind: 'incident' | 'unplanned_maintenance';
  status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
  opened_at: number;
  resolved_at: number | null;
  created_by: string;
}

/** Append-only: what each update said, the components it named and the impact from then on. */
export interface StatusIncidentUpdateTable {
  incident_id: string;
  seq: number;
  at: number;
  status: StatusIncidentTable['status'];
  text: string;
  fraction: number;
  components: string; // JSON array of { serviceId, componentId | null }
  created_by: string;
  /** Unplanned maintenance: when it is expected to end, as stated so far (carried from update to update). */
  expected_end: number | null;
}

/**
 * The impact an incident had on a component (a whole service: component_id null; the provider's whole offering:
 * service_id null too) from `start`; open: end null.
 */
export interface IncidentImpactTable {
  incident_id: string;
  seq: number;
  service_id: string | null;
  component_id: string | null;
  start: number;
  end: number | null;
  fraction: number;
}

/** An email subscription to a component: effective once confirmed (double opt-in), until unsubscribed. */
export interface SubscriptionTable {
  id: string;
  email: string;
  service_id: string;
  component_id: string;
  token: string; // secret in the confirm and one-click unsubscribe links
  created_at: number;
  confirmed_at: number | null;
  unsubscribed_at: number | null;
}

/** A revocable secret link to a customer's private status page (the token is kept hashed). */
export interface StatusLinkTable {
  id: string;
  customer_id: string;
  token_hash: string;
  created_at: number;
  revoked_at: number | null;
}

/**
 * One email to one recipient, written to the outbox in the transaction of the change that causes it; `id` (and the
 * Message-ID derived from it) is stable across retries. `sent_at`: when the accepted attempt began; `accepted_at`:
 * when the mail server answered 250 to it. `next_attempt_at` null: accepted, or refused for good (`failed_at`).
 */
export interface OutboxMessageTable {
  id: string;
  message_id: string;
  kind: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: string; // JSON object of extra headers (List-Unsubscribe, …)
  created_at: number;
  attempts: number;
  next_attempt_at: number | null;
  sent_at: number | null;
  accepted_at: number | null;
  smtp_response: string | null;
  failed_at: number | null;
}

export interface OutboxAttemptTable {
  message_id: string;
  attempt: number;
  at: number;
  accepted_at: number | null;
  response: string | null;
  error: string | null;
  duration_ms: number;
}

/** A write's response, kept per caller and Idempotency-Key, written in the write's own transaction. */
export interface IdempotencyKeyTable {
  actor: string;
  key: string;
  request_hash: string; // method, path and body: the same key with another request is refused
  status: number;
  body: string; // JSON of the write's result, sent through the route's serializer again on a retry
  withheld: Generated<number>; // 1: the result held a secret shown once, left out of `body`; a retry is refused
  created_at: number;
}

export interface Tables
  extends PeopleTables, MonitorTables, CalendarTables, ReportTables, OverviewTables, StatusTables {
  status_incidents: StatusIncidentTable;
  status_incident_updates: StatusIncidentUpdateTable;
  incident_impacts: IncidentImpactTable;
  subscriptions: SubscriptionTable;
  status_links: StatusLinkTable;
  outbox_messages: OutboxMessageTable;
  outbox_attempts: OutboxAttemptTable;
  services: ServiceTable;
  components: ComponentTable;
  claims: ClaimTable;
  credit_decisions: CreditDecisionTable;
  idempotency_keys: IdempotencyKeyTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
  exclusions: ExclusionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointTable;
  contacts: ContactTable;
  notice_group_members: NoticeGroupMemberTable;
  ticket_assignees: TicketAssigneeTable;
  customers: CustomerTable;
  contract_versions: ContractVersionTable;
  assignments: AssignmentTable;
  tickets: TicketTable;
  ticket_events: TicketEventTable;
  clock_projections: ClockProjectionTable;
}
