import { verifyAudit, type VerifyOptions } from './log.js';
import type { AuditVerification } from './audit-json.js';
import { requireOversight } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';

/** Admins and auditors may check the audit chain. */
export async function verifyAuditLog(ctx: ServiceContext, options: VerifyOptions = {}): Promise<AuditVerification> {
  requireOversight(ctx, 'read the audit log');
  return verifyAudit(ctx, options);
}
