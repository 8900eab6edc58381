import { findService, updateService as saveService } from '../../storage/repositories/service-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { serviceJson, type ServiceJson } from './service-json.js';
import { writeTransaction } from '../core/write-transaction.js';

/** Renames a service or changes its description; its id, which incidents and exclusions refer to, stays. */
export async function updateService(
  ctx: ServiceContext,
  id: string,
  change: { name?: string; description?: string },
): Promise<ServiceJson> {
  requireAdmin(ctx);
  if (change.name === undefined && change.description === undefined)
    throw new ServiceError('invalid', 'nothing to change: give name or description', 'name');
  return writeTransaction(ctx, async (trx) => {
    const before = await findService(trx, id);
    if (!before) throw new ServiceError('not_found', `no service ${id}`);
    const after = { ...before, ...change, updated_at: ctx.now() };
    await saveService(trx, id, { ...change, updated_at: after.updated_at });
    await recordAudit(trx, ctx, 'service.updated', `service:${id}`, {
      from: { name: before.name, description: before.description },
      to: { name: after.name, description: after.description },
    });
    return serviceJson(after);
  });
}
