import type { OutboxAttemptTable, OutboxMessageTable } from '../tables.js';
import { chunks, type Executor } from './executor.js';

export type OutboxMessageRow = OutboxMessageTable;
export type OutboxAttemptRow = OutboxAttemptTable;

/** Queues messages; one with the same id already queued is left as it is (the same change recorded twice sends once). */
export async function insertMessages(db: Executor, rows: readonly OutboxMessageRow[]): Promise<void> {
  for (const part of chunks(rows, 200))
    await db
      .insertInto('outbox_messages')
      .values(part)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
}

export async function findMessage(db: Executor, id: string): Promise<OutboxMessageRow | undefined> {
  return db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function dueMessages(db: Executor, until: number, limit: number): Promise<OutboxMessageRow[]> {
  return db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('next_attempt_at', '<=', until)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
}

/** Messages still waiting (not accepted, not refused for good), oldest first, after an id. */
export async function pendingMessageIds(
  db: Executor,
  after: string | undefined,
  limit: number,
): Promise<{ id: string; attempts: number; next_attempt_at: number | null }[]> {
  let q = db
    .selectFrom('outbox_messages')
    .select(['id', 'attempts', 'next_attempt_at'])
    .where('next_attempt_at', 'is not', null)
    .orderBy('id')
    .limit(limit);
  if (after !== undefined) q = q.where('id', '>', after);
  return q.execute();
}

export async function nextMessageAt(db: Executor): Promise<number | null> {
  const r = await db
    .selectFrom('outbox_messages')
    .select((eb) => eb.fn.min('next_attempt_at').as('next'))
    .executeTakeFirst();
  return r?.next === null || r?.next === undefined ? null : Number(r.next);
}

export async function countMessages(db: Executor): Promise<{ pending: number; accepted: number; failed: number }> {
  const rows = await db
    .selectFrom('outbox_messages')
    .select((eb) => [
      eb.fn.count<number>('id').filterWhere('next_attempt_at', 'is not', null).as('pending'),
      eb.fn.count<number>('id').filterWhere('accepted_at', 'is not', null).as('accepted'),
      eb.fn.count<number>('id').filterWhere('failed_at', 'is not', null).as('failed'),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(rows.pending), accepted: Number(rows.accepted), failed: Number(rows.failed) };
}

/**
 * Records an attempt and the message's new state, unless another process recorded this attempt number first
 * (then nothing is written and false is returned).
 */
export async function recordMessageAttempt(
  db: Executor,
  attempt: OutboxAttemptRow,
  update: Pick<
    OutboxMessageRow,
    'attempts' | 'next_attempt_at' | 'sent_at' | 'accepted_at' | 'smtp_response' | 'failed_at'
  >,
): Promise<boolean> {
  const r = await db
    .updateTable('outbox_messages')
    .set(update)
    .where('id', '=', attempt.message_id)
    .where('attempts', '=', attempt.attempt - 1)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await db.insertInto('outbox_attempts').values(attempt).execute();
  return true;
}

export async function listMessages(
  db: Executor,
  filter: { after?: string; limit: number; recipient?: string },
): Promise<OutboxMessageRow[]> {
  let q = db.selectFrom('outbox_messages').selectAll().orderBy('id').limit(filter.limit);
  if (filter.after !== undefined) q = q.where('id', '>', filter.after);
  if (filter.recipient !== undefined) q = q.where('recipient', '=', filter.recipient);
  return q.execute();
}

/** The attempts of each message, in order, in one statement. */
export async function attemptsOfMessages(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, OutboxAttemptRow[]>> {
  const byMessage = new Map<string, OutboxAttemptRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byMessage;
  const rows = await db
    .selectFrom('outbox_attempts')
    .selectAll()
    .where('message_id', 'in', ids)
    .orderBy('message_id')
    .orderBy('attempt')
    .execute();
  for (const r of rows) byMessage.get(r.message_id)!.push(r);
  return byMessage;
}
