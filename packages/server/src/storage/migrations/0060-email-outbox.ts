import type { Kysely } from 'kysely';

/**
 * The email outbox: one message per recipient (so each recipient's time of sending and of acceptance by the mail
 * server is its own, TechJutsu §5.2), written in the transaction of the change that causes it, and every attempt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint')
    .addColumn('sent_at', 'bigint')
    .addColumn('accepted_at', 'bigint')
    .addColumn('smtp_response', 'text')
    .addColumn('failed_at', 'bigint')
    .execute();
  await db.schema.createIndex('outbox_messages_due').on('outbox_messages').column('next_attempt_at').execute();
  await db.schema
    .createTable('outbox_attempts')
    .addColumn('message_id', 'text', (c) => c.notNull().references('outbox_messages.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('accepted_at', 'bigint')
    .addColumn('response', 'text')
    .addColumn('error', 'text')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outbox_attempts_pk', ['message_id', 'attempt'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['outbox_attempts', 'outbox_messages']) await db.schema.dropTable(t).execute();
}
