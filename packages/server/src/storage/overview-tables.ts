/**
 * One row per clock of every request (cycle by cycle), kept beside the ticket's projection and rewritten with it:
 * the overview's compliance figures are a GROUP BY over these few columns instead of parsing every projection's
 * JSON state (100,000 requests would take seconds that way; the overview answers within 100 ms).
 */
export interface ClockOutcomeTable {
  ticket_id: string;
  clock: string; // first_response, next_update, resolution
  cycle: number;
  customer_id: string;
  contract_id: string;
  severity: string; // the severity the clock measures
  month: string; // YYYY-MM (UTC) of the request's receipt: the month it counts in
  opened_at: number;
  status: string; // running, paused, met, breached, cancelled
  running: number; // 1 while the clock is measured and running (a breached clock still unmet runs on)
  due_at: number | null;
  warn_at: number | null; // the first warning point, when the contract sets one
}

/**
 * How many clock outcomes there are of each month, contract, severity, metric and status, kept with the outcomes
 * (repositories/clock-outcome-repository.ts): the provider-wide overview sums these few rows instead of grouping
 * every outcome of six months on each request.
 */
export interface ClockOutcomeCountTable {
  month: string;
  contract_id: string;
  severity: string;
  clock: string;
  status: string;
  clocks: number;
}

export interface OverviewTables {
  clock_outcomes: ClockOutcomeTable;
  clock_outcome_counts: ClockOutcomeCountTable;
}
