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

/**
 * `renderStatusPage` one page at a time on this event loop: pages asked for together wait their turn instead of
 * interleaving at every statement, which keeps ten pages' rows and strings alive at once for the garbage collector
 * to trace and promote.
 */
export function statusPageRenderer(): (ctx: ServiceContext) => Promise<Buffer> {
  let last: Promise<unknown> = Promise.resolve();
  return (ctx) => {
    const page = last.then(() => renderStatusPage(ctx));
    last = page.catch(() => {});
    return page;
  };
}
