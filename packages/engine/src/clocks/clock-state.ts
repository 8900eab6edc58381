import type { ClockKind, TargetRule } from '../contract/compiled-contract.js';

export type ClockStatus = 'running' | 'paused' | 'met' | 'breached' | 'cancelled';

/**
 * One clock of a ticket: one metric, one cycle. Business time accrues only inside `segments` (the
 * intervals it ran), measured in the target's calendar; the deadline is the instant at which the
 * accrued time reaches the target.
 */
export interface Clock {
  kind: ClockKind;
  /** 1 for the first clock of its kind; reopening (resolution) or each update (next_update) adds one. */
  cycle: number;
  target: TargetRule;
  /** Business time this clock must run to its deadline: the target's, or for a business-date cadence the time
   * from its start to the close of the business date it is due by (cadence.ts). */
  targetMs: number;
  severity: string;
  status: ClockStatus;
  startedAt: number;
  /** Closed running intervals [start, end). */
  segments: [number, number][];
  /** Start of the open running interval, or null when paused or stopped. */
  runningSince: number | null;
  /** Business time in the closed segments. */
  accruedMs: number;
  /** Fractions of the target already warned about. */
  warned: number[];
  /** Set once when the deadline passes; never cleared (a breached clock stays breached). */
  breachedAt: number | null;
  metAt: number | null;
  stoppedAt: number | null;
}

/** One line of a ticket's explanation: which event applied which rule to which clock. */
export interface Explanation {
  at: number;
  clock: string; // e.g. "first_response#1"
  change: 'started' | 'paused' | 'resumed' | 'warning' | 'breached' | 'met' | 'cancelled' | 'retargeted' | 'ignored';
  /** The contract rule (JSON pointer into the contract) or engine rule that caused it. */
  rule: string;
  /** The event that caused it; deadlines and warnings are caused by time passing. */
  cause: string;
  detail?: string;
}
