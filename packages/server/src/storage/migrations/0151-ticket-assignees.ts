import type { Kysely } from 'kysely';

/**
 * Who at the provider a support request is assigned to: told by email of its clock warnings and breaches, with the
 * on-duty group. A table of its own beside `tickets`, which is written by the thousand on ingestion and left as it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ticket_assignees')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey().references('tickets.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ticket_assignees').execute();
}
