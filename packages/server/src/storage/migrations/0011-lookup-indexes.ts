import type { Kysely } from 'kysely';

/**
 * Two lookups that scanned a table growing without end: an auditor's `GET /audit?entity=…` (every ticket event
 * and clock record is an audit entry), and the worker's purge of Idempotency-Keys past their retention.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'seq']).execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('idempotency_keys_created').execute();
  await db.schema.dropIndex('audit_log_entity').execute();
}
