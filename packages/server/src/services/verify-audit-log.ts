import { verifyAudit, type AuditVerification } from './audit-log.js';
import { ServiceError, type ServiceContext } from './service-context.js';

/** Admins and auditors may check the audit chain. */
export async function verifyAuditLog(ctx: ServiceContext): Promise<AuditVerification> {
  if (ctx.principal.role !== 'admin' && ctx.principal.role !== 'auditor')
    throw new ServiceError('forbidden', 'only admins and auditors read the audit log');
  return verifyAudit(ctx);
}
