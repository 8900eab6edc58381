import type { Kysely } from 'kysely';

/**
 * Tokens that expire on their own (a contractor's access, a trial), and contacts removed without deleting them:
 * a removed contact may still be named by the claims it filed, and the audit log refers to it by id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'bigint').execute();
  await db.schema.alterTable('contacts').addColumn('removed_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contacts').dropColumn('removed_at').execute();
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
}
