import { createHash } from 'node:crypto';
import { QUEUES } from '../../storage/job-queue.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { insertMessages, type OutboxMessageRow } from '../../storage/repositories/outbox-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import { renderHtml, renderText, type EmailContent } from './email-template.js';

/** One email to write to the outbox. */
export interface OutgoingEmail {
  /** What it is about (`maintenance.published`, `subscription.confirm`, …): shown in the outbox. */
  kind: string;
  /**
   * Names the change that causes it: the same key and recipient make the same message (recording the change twice
   * queues it once), and its Message-ID is derived from them, so every retry carries the same Message-ID.
   */
  key: string;
  to: readonly string[];
  subject: string;
  content: EmailContent;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058); per recipient when it differs. */
  headers?: (recipient: string) => Record<string, string>;
}

/** Domain of the Message-IDs Surety makes: stable and never a real host. */
const MESSAGE_ID_DOMAIN = 'outbox.surety.invalid';

/**
 * Writes messages to the outbox in the caller's transaction (`db` is that transaction): they exist exactly when the
 * change that causes them commits. On PostgreSQL each is also queued as a job, so one of the processes sends it.
 */
export async function enqueueEmail(db: Executor, ctx: ServiceContext, emails: readonly OutgoingEmail[]): Promise<void> {
  const now = ctx.now();
  const rows: OutboxMessageRow[] = emails.flatMap((e) => {
    const text = renderText(e.content);
    const html = renderHtml(e.content);
    return [...new Set(e.to.map((r) => r.trim().toLowerCase()))].map((recipient) => {
      const id = createHash('sha256').update(`${e.key}|${recipient}`).digest('hex').slice(0, 32);
      return {
        id,
        message_id: `<${id}@${MESSAGE_ID_DOMAIN}>`,
        kind: e.kind,
        recipient,
        subject: e.subject,
        text_body: text,
        html_body: html,
        headers: JSON.stringify(e.headers?.(recipient) ?? {}),
        created_at: now,
        attempts: 0,
        next_attempt_at: now,
        sent_at: null,
        accepted_at: null,
        smtp_response: null,
        failed_at: null,
      };
    });
  });
  if (!rows.length) return;
  await insertMessages(db, rows);
  await ctx.jobs?.add(
    db,
    QUEUES.email,
    rows.map((r) => ({ key: `${r.id}#1`, at: now, data: { message: r.id } })),
  );
}
