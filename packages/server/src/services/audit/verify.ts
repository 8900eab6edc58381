import { verifyAudit, type AuditVerification } from './log.js';
import { requireOversight } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';

/** Admins and auditors may check the audit chain. */
export async function verifyAuditLog(ctx: ServiceContext): Promise<AuditVerification> {
  requireOversight(ctx, 'read the audit log');
  return verifyAudit(ctx);
}
