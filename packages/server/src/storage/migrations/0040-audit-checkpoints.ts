import type { Kysely } from 'kysely';

/**
 * Signed checkpoints of the audit log: each chain's length and head hash, signed with a key kept outside the
 * database (services/audit/checkpoints.ts), so that deleting the newest entries or rewriting history with the
 * hashes recomputed no longer verifies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_checkpoints').execute();
}
