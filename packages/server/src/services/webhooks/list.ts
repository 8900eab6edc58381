import { findEndpoint, listEndpoints } from '../../storage/repositories/webhook-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireOversight } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { webhookJson, type WebhookJson } from './webhook-json.js';

/** Webhook endpoints by id, disabled ones included (admins and auditors). */
export async function listWebhooksPage(
  ctx: ServiceContext,
  page: { cursor?: string; limit: number },
): Promise<Page<WebhookJson>> {
  requireOversight(ctx, 'see webhooks');
  const after = decodeCursor<[string]>(page.cursor, ['string']);
  const rows = await listEndpoints(ctx.db, { after: after?.[0], limit: page.limit + 1 });
  return pageOf(rows, page.limit, webhookJson, (r) => [r.id]);
}

/** One webhook endpoint, disabled or not (admins and auditors). */
export async function getWebhook(ctx: ServiceContext, id: string): Promise<WebhookJson> {
  requireOversight(ctx, 'see webhooks');
  const row = await findEndpoint(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no webhook ${id}`);
  return webhookJson(row);
}
