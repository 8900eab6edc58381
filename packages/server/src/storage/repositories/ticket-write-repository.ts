import { sql } from 'kysely';
import { deferToCommit, jsonDocument, literal } from '../pg-batch-transaction.js';
import type { AuditRow } from './audit-repository.js';
import type { ClockOutcomeRow } from './clock-outcome-repository.js';
import type { Executor } from './executor.js';
import type { ClockProjectionRow, TicketEventRow } from './ticket-repository.js';

/** What re-projecting a batch of tickets writes (services/tickets/projection.ts). */
export interface TicketWrites {
  events: readonly TicketEventRow[];
  /** Each ticket's projection; its clock outcomes are replaced by `outcomes`. */
  projections: readonly ClockProjectionRow[];
  outcomes: readonly ClockOutcomeRow[];
  /** Audit entries already chained onto the head of a chain the transaction holds, in order. */
  audits: readonly Omit<AuditRow, 'seq'>[];
  /** Notifications sent on commit: a PostgreSQL channel and its payloads. */
  notices?: { channel: string; payloads: readonly string[] };
}

/**
 * PostgreSQL: all of a batch's writes in one statement, so one round trip (storage/migrations/0141-ticket-write-save.ts):
 * its events appended, its projections saved, its clock outcomes replaced, its audit entries appended and its
 * notifications sent. In a batch transaction it travels with the COMMIT (storage/pg-batch-transaction.ts).
 */
export async function saveTicketWrites(db: Executor, w: TicketWrites): Promise<void> {
  const document = jsonDocument({
    events: w.events,
    projections: w.projections,
    outcomeTickets: w.projections.map((p) => p.ticket_id),
    outcomes: w.outcomes,
    audits: w.audits,
    channel: w.notices?.channel ?? null,
    notices: w.notices?.payloads ?? [],
  });
  if (deferToCommit(db, `select surety_save_ticket_writes(${literal(document)}::jsonb)`)) return;
  await sql`select surety_save_ticket_writes(${document}::jsonb)`.execute(db);
}
