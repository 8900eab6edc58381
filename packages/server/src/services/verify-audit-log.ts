import { verifyAudit, type AuditVerification } from './audit-log.js';
import { requireOversight } from './permissions.js';
import type { ServiceContext } from './service-context.js';

/** Admins and auditors may check the audit chain. */
export async function verifyAuditLog(ctx: ServiceContext): Promise<AuditVerification> {
  requireOversight(ctx, 'read the audit log');
  return verifyAudit(ctx);
}
