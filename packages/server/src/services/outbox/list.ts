import {
  attemptsOfMessages,
  countMessages,
  listMessages,
  type OutboxMessageRow,
} from '../../storage/repositories/outbox-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireOversight } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';

export interface OutboxMessageJson {
  id: string;
  messageId: string;
  kind: string;
  recipient: string;
  subject: string;
  state: 'accepted' | 'waiting' | 'refused';
  createdAt: string;
  /** When the attempt the mail server accepted began, and when it answered 250 (TechJutsu §5.2: time of receipt). */
  sentAt: string | null;
  acceptedAt: string | null;
  smtpResponse: string | null;
  nextAttemptAt: string | null;
  attempts: {
    attempt: number;
    at: string;
    acceptedAt: string | null;
    response: string | null;
    error: string | null;
    durationMs: number;
  }[];
}

export interface OutboxPage extends Page<OutboxMessageJson> {
  counts: { waiting: number; accepted: number; refused: number };
}

const iso = (ms: number | null) => (ms === null ? null : wireInstant(ms));

function state(m: OutboxMessageRow): OutboxMessageJson['state'] {
  if (m.accepted_at !== null) return 'accepted';
  return m.failed_at !== null ? 'refused' : 'waiting';
}

/** The outbox by message id with every attempt, for admins and auditors. */
export async function listOutbox(
  ctx: ServiceContext,
  query: { cursor?: string; limit: number; recipient?: string },
): Promise<OutboxPage> {
  requireOversight(ctx, 'see the email outbox');
  const after = decodeCursor<[string]>(query.cursor, ['string']);
  const rows = await listMessages(ctx.db, {
    after: after?.[0],
    limit: query.limit + 1,
    recipient: query.recipient?.toLowerCase(),
  });
  const attempts = await attemptsOfMessages(
    ctx.db,
    rows.slice(0, query.limit).map((m) => m.id),
  );
  const counts = await countMessages(ctx.db);
  const page = pageOf(
    rows,
    query.limit,
    (m): OutboxMessageJson => ({
      id: m.id,
      messageId: m.message_id,
      kind: m.kind,
      recipient: m.recipient,
      subject: m.subject,
      state: state(m),
      createdAt: wireInstant(m.created_at),
      sentAt: iso(m.sent_at),
      acceptedAt: iso(m.accepted_at),
      smtpResponse: m.smtp_response,
      nextAttemptAt: iso(m.next_attempt_at),
      attempts: attempts.get(m.id)!.map((a) => ({
        attempt: a.attempt,
        at: wireInstant(a.at),
        acceptedAt: iso(a.accepted_at),
        response: a.response,
        error: a.error,
        durationMs: a.duration_ms,
      })),
    }),
    (m) => [m.id],
  );
  return { ...page, counts: { waiting: counts.pending, accepted: counts.accepted, refused: counts.failed } };
}
