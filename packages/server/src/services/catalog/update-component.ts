import { findComponent, updateComponent as saveComponent } from '../../storage/repositories/service-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { componentJson, type ComponentJson } from './service-json.js';
import { writeTransaction } from '../core/write-transaction.js';

/** Renames a component; its id stays. */
export async function updateComponent(
  ctx: ServiceContext,
  serviceId: string,
  id: string,
  change: { name: string },
): Promise<ComponentJson> {
  requireAdmin(ctx);
  return writeTransaction(ctx, async (trx) => {
    const before = await findComponent(trx, serviceId, id);
    if (!before) throw new ServiceError('not_found', `service ${serviceId} has no component ${id}`);
    const after = { ...before, name: change.name, updated_at: ctx.now() };
    await saveComponent(trx, serviceId, id, { name: after.name, updated_at: after.updated_at });
    await recordAudit(trx, ctx, 'component.updated', `service:${serviceId}`, {
      component: id,
      from: before.name,
      to: after.name,
    });
    return componentJson(after);
  });
}
