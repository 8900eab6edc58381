import type { AuditLogTable } from '../tables.js';
import type { Executor } from './executor.js';

export type AuditRow = Omit<AuditLogTable, 'seq'> & { seq: number };

export async function lastAuditEntry(db: Executor): Promise<AuditRow | undefined> {
  return db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function insertAuditEntry(db: Executor, row: Omit<AuditRow, 'seq'>): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** The log in order, a page at a time. */
export async function auditEntries(db: Executor, after: number, limit: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(limit).execute();
}
