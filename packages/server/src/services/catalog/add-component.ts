import { findComponent, findService, insertComponent } from '../../storage/repositories/service-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { componentJson, type ComponentJson } from './service-json.js';
import { writeTransaction } from '../core/write-transaction.js';

/** Adds a component to a service (SecurEnvoy's administration and authentication portals, Invoca's call routing). */
export async function addComponent(
  ctx: ServiceContext,
  serviceId: string,
  input: { id: string; name: string },
): Promise<ComponentJson> {
  requireAdmin(ctx);
  const now = ctx.now();
  const row = { service_id: serviceId, id: input.id, name: input.name, created_at: now, updated_at: now };
  return writeTransaction(ctx, async (trx) => {
    if (!(await findService(trx, serviceId))) throw new ServiceError('not_found', `no service ${serviceId}`);
    if (await findComponent(trx, serviceId, input.id))
      throw new ServiceError('conflict', `service ${serviceId} has a component ${input.id}`, 'id');
    await insertComponent(trx, row);
    await recordAudit(trx, ctx, 'component.added', `service:${serviceId}`, { component: input.id, name: input.name });
    return componentJson(row);
  });
}
