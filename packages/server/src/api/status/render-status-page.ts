import type { Principal, ServiceContext } from '../../services/core/service-context.js';
import { statusPage } from '../../services/status/status-page.js';
import { encodeParts } from './html.js';
import { statusPageHtml } from './status-page-html.js';

/** The public pages' title (page, feeds, calendar). */
export const STATUS_TITLE = 'Service status';

/** Who reads for the public pages: no one in particular, so they show nothing that is one customer's. */
export const PUBLIC_READER: Principal = { actor: 'status-page', role: 'auditor' };

/**
 * The public status page as sent: encoded once, part by part, instead of measured (content-length) and then encoded
 * again by the socket. The same on the server's thread and on the page threads (status-page-threads.ts).
 */
export async function renderStatusPage(ctx: ServiceContext): Promise<Buffer> {
  return encodeParts(statusPageHtml(await statusPage(ctx), STATUS_TITLE));
}
