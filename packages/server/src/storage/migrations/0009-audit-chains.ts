import type { Kysely } from 'kysely';

/**
 * The audit log becomes several hash chains. One chain made every write on PostgreSQL wait for the previous
 * writer's commit (each appends after the last entry, under one lock held to the end of its transaction): about
 * 400 ticket events a second. Writers now append to one of 16 chains and wait only for their own chain's last
 * writer. Entries written so far are chain 0.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_log')
    .addColumn('chain', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('audit_log_chain').on('audit_log').columns(['chain', 'seq']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_chain').execute();
  await db.schema.alterTable('audit_log').dropColumn('chain').execute();
}
