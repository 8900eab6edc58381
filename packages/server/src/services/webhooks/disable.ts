import { disableEndpoint, stopDeliveries } from '../../storage/repositories/webhook-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/**
 * Disables an endpoint: no event is queued to it any more, and the retries it still had pending are stopped (an
 * admin disables an endpoint to stop traffic to it, retries included). Its deliveries and their attempts are kept.
 */
export async function disableWebhook(ctx: ServiceContext, id: string): Promise<void> {
  requireAdmin(ctx);
  await writeTransaction(ctx, async (trx) => {
    if (!(await disableEndpoint(trx, id, ctx.now()))) throw new ServiceError('not_found', `no active webhook ${id}`);
    const stopped = await stopDeliveries(trx, id);
    await recordAudit(trx, ctx, 'webhook.disabled', `webhook:${id}`, { stoppedDeliveries: stopped });
  });
}
