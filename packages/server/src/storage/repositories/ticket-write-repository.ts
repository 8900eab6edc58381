import { sql } from 'kysely';
import { afterCommit, deferToCommit, jsonDocument, literal } from '../pg-batch-transaction.js';
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
 * PostgreSQL: all of a batch's writes in one statement, so one round trip (storage/migrations/0141-ticket-write-save.ts,
 * as 0211 replaced it): its events appended, its projections saved, its clock outcomes replaced, its audit entries
 * appended and its notifications sent. In a batch transaction it travels with the COMMIT, and the notifications
 * right after it (storage/pg-batch-transaction.ts).
 */
export async function saveTicketWrites(db: Executor, w: TicketWrites): Promise<void> {
  // In a batch transaction the notifications follow its COMMIT, so that they do not make commits wait on one another
  // (storage/migrations/0213-announce-after-commit.ts); elsewhere they are sent within the transaction.
  const notices =
    w.notices &&
    afterCommit(
      db,
      `select surety_announce(${literal(w.notices.channel)}, ${literal(jsonDocument(w.notices.payloads))}::jsonb)`,
    )
      ? undefined
      : w.notices;
  const document = jsonDocument({
    events: w.events,
    projections: w.projections,
    outcomeTickets: w.projections.map((p) => p.ticket_id),
    outcomes: w.outcomes,
    audits: w.audits,
    channel: notices?.channel ?? null,
    notices: notices?.payloads ?? [],
  });
  if (deferToCommit(db, `select surety_save_ticket_writes(${literal(document)}::jsonb)`)) return;
  await sql`select surety_save_ticket_writes(${document}::jsonb)`.execute(db);
}
