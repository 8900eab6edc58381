import { sql } from 'kysely';
import type { Executor } from './executor.js';
import type { AuditRow } from './audit-repository.js';

export interface AuditFilter {
  /** Exactly this entity, such as `customer:acme`. */
  entity?: string;
  /** Actions that begin with this, such as `contact.` or `token.revoked`. */
  actionPrefix?: string;
  /** The seq of the previous page's last entry. */
  after?: number;
  limit: number;
}

/**
 * The audit log in chain order, narrowed for reading. The prefix is compared with substr rather than LIKE, whose
 * case rules differ between SQLite and PostgreSQL and whose `_` and `%` would need escaping.
 */
export async function findAuditEntries(db: Executor, filter: AuditFilter): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq').limit(filter.limit);
  if (filter.after !== undefined) q = q.where('seq', '>', filter.after);
  if (filter.entity !== undefined) q = q.where('entity', '=', filter.entity);
  const prefix = filter.actionPrefix;
  // Counted in code points, as both databases count characters.
  if (prefix) q = q.where(sql<string>`substr(action, 1, ${[...prefix].length})`, '=', prefix);
  return q.execute();
}
