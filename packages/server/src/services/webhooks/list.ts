import { listEndpoints, type WebhookEndpointRow } from '../../storage/repositories/webhook-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { requireOversight } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';

export interface WebhookJson {
  id: string;
  url: string;
  createdAt: string;
  /** null while deliveries are queued to it. */
  disabledAt: string | null;
}

/** The secret is never listed: it was shown once, when the endpoint was registered. */
function webhookJson(row: WebhookEndpointRow): WebhookJson {
  return {
    id: row.id,
    url: row.url,
    createdAt: wireInstant(row.created_at),
    disabledAt: row.disabled_at === null ? null : wireInstant(row.disabled_at),
  };
}

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
