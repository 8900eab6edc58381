import { z } from 'zod';
import {
  attemptsOfMessages,
  countMessages,
  listMessages,
  type OutboxMessageRow,
} from '../../storage/repositories/outbox-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireOversight } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

const attemptSchema = z.object({
  attempt: z.number().int(),
  at: instantText.describe('when the attempt began'),
  acceptedAt: instantText.nullable().describe('when the mail server answered 250, if it did'),
  response: z.string().nullable().describe("the mail server's reply"),
  error: z.string().nullable(),
  durationMs: z.number(),
});

/** One message to one recipient with every attempt (TechJutsu §5.2: the time of receipt decides disputes). */
export const outboxMessageSchema = z.object({
  id: z.string(),
  messageId: z.string().describe('the Message-ID header: the same on every attempt'),
  kind: z.string(),
  recipient: z.string(),
  subject: z.string(),
  state: z.enum(['accepted', 'waiting', 'refused']).describe('refused: the mail server refused it for good (5xx)'),
  createdAt: instantText,
  sentAt: instantText.nullable().describe('when the accepted attempt began'),
  acceptedAt: instantText.nullable().describe('time of receipt: when the mail server accepted it (250)'),
  smtpResponse: z.string().nullable(),
  nextAttemptAt: instantText.nullable(),
  attempts: z.array(attemptSchema),
});
export type OutboxMessageJson = z.infer<typeof outboxMessageSchema>;

/** GET /outbox: a page of messages with the outbox's counts, and whether email is configured at all. */
export const outboxPageSchema = z.object({
  emailConfigured: z.boolean(),
  notice: z.string().nullable().describe('set when email is not configured: messages wait until it is'),
  counts: z.object({ waiting: z.number().int(), accepted: z.number().int(), refused: z.number().int() }),
  items: z.array(outboxMessageSchema),
  next: z.string().nullable(),
});

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
