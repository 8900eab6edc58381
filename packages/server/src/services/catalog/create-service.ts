import { findService, insertService } from '../../storage/repositories/service-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { serviceJson, type ServiceJson } from './service-json.js';
import { writeTransaction } from '../core/write-transaction.js';

/** Defines one of the provider's services. */
export async function createService(
  ctx: ServiceContext,
  input: { id: string; name: string; description: string },
): Promise<ServiceJson> {
  requireAdmin(ctx);
  const now = ctx.now();
  const row = { ...input, created_at: now, updated_at: now };
  return writeTransaction(ctx, async (trx) => {
    if (await findService(trx, input.id)) throw new ServiceError('conflict', `service ${input.id} exists`, 'id');
    await insertService(trx, row);
    await recordAudit(trx, ctx, 'service.created', `service:${input.id}`, {
      name: input.name,
      description: input.description,
    });
    return serviceJson(row);
  });
}
