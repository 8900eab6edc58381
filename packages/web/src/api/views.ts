/**
 * Answers whose routes do not declare a response schema yet, so the generated client types them as nothing.
 * Each is written from the server's answer as it is today and goes away when its route declares its schema
 * (the API issue's "every route declares its 2xx response"); regenerate the client then and delete the type.
 */

export interface ClockView {
  clock: string;
  cycle: number;
  severity: string;
  status: 'running' | 'paused' | 'met' | 'breached' | 'cancelled';
  running: boolean;
  target: string;
  targetMs: number;
  calendar: string;
  rule: string;
  clause: string | null;
  startedAt: string | null;
  dueAt: string | null;
  warnings: { at: string; dueAt: string | null }[];
  metAt: string | null;
  breachedAt: string | null;
  stoppedAt: string | null;
  elapsedMs: number;
  remainingMs: number;
  pausedMs: number;
}

export interface ExplanationView {
  at: string | null;
  clock: string;
  change: string;
  rule: string;
  cause: string;
  detail: string | null;
}

/** GET /tickets/{id} */
export interface TicketView {
  asOf: string;
  ticket: {
    id: string;
    customerId: string;
    contractId: string;
    contractVersion: number;
    openedAt: string;
    fields: Record<string, string>;
    /** The fields the contract asks for that the request does not have yet. */
    missingFields: { id: string; label: string; clause: string | null }[];
  };
  clocks: {
    plan: string;
    severity: string;
    status: string;
    phase: string;
    overdueSince: string | null;
    clocks: ClockView[];
    explanations: ExplanationView[];
  };
  /** The provider's internal goals (internal_targets), in the same shape; null for a customer contact or none set. */
  internalClocks: TicketView['clocks'] | null;
  events: ({ seq: number; type: string; at: string | number; receivedAt: string } & Record<string, unknown>)[];
}

/** GET /customers/{id} */
export interface CustomerView {
  id: string;
  name: string;
  createdAt: string;
  contacts: { id: string; name: string; email: string; designated?: boolean }[];
  contracts: { contractId: string; version: number; orderForm: boolean }[];
}

export interface OutageView {
  start: string;
  end: string;
  durationMs: number;
  countedMs: number;
  excludedMs: number;
  classification: string;
  coveredBy: { exclusion: string; category: string; ms: number }[];
}

/** GET /customers/{id}/availability */
export interface AvailabilityView {
  met: boolean;
  guarantee: boolean;
  time?: {
    period: { label: string; start: string; end: string; zone: string };
    target: { text: string };
    denominator: string;
    periodMs: number;
    excludedMs: number;
    outageMs: number;
    uptime: string;
    met: boolean;
    outages: OutageView[];
    classes: { available: number; outage: number; excluded: Record<string, number> };
    decisions: {
      exclusion: { id: string; start: string; end: string; category: string; reason: string };
      excluded: boolean;
      rule: string;
      flagged: boolean;
    }[];
    budget: { allowedMs: number; usedMs: number; remainingMs: number };
  };
  requests?: { good: number; total: number; uptime: string; met: boolean; target: { text: string } };
  stated?: { kind: string; statedMs: number; formulaMs: number; rules: string };
  credit?: { credit: number; form: string; capped: boolean; rule: string };
}
