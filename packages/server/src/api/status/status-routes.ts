import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listIncidentsPage } from '../../services/incidents/list.js';
import { publicLink } from '../../services/notices/public-url.js';
import { publicMaintenance } from '../../services/status/maintenance-calendar.js';
import { confirmSubscription, unsubscribe } from '../../services/subscriptions/confirm.js';
import { subscribe } from '../../services/subscriptions/subscribe.js';
import { ServiceError, type Principal, type ServiceContext } from '../../services/core/service-context.js';
import { customerStatusPage } from '../../services/status/customer-status-page.js';
import { customerOfStatusLink } from '../../services/status/status-links.js';
import { customerStatusHtml } from './customer-status-html.js';
import { esc, page } from './html.js';
import { maintenanceCalendar, statusFeed } from './feeds.js';
import { statusPageRenderer, STATUS_TITLE as TITLE } from './render-status-page.js';
import type { StatusPageThreads } from './status-page-threads.js';
const token = z.object({ token: z.string().min(16).max(64) }).strict();

/**
 * The public status pages, feeds and subscription links: no sign-in, HTML that works without JavaScript. Forms post
 * URL-encoded bodies (no script needed to subscribe or confirm).
 */
export async function registerStatusRoutes(
  app: FastifyInstance,
  context: (principal?: Principal) => ServiceContext,
  threads?: StatusPageThreads,
): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    const api = scope.withTypeProvider<ZodTypeProvider>();
    const html = (reply: FastifyReply, body: string | Buffer, status = 200) =>
      reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);
    const message = (reply: FastifyReply, title: string, text: string, status = 200) =>
      html(
        reply,
        page(title, `<h1>${esc(title)}</h1><p>${esc(text)}</p><p><a href="/status">Back to the status page</a></p>`),
        status,
      );

    // On a page thread where the server has them (status-page-threads.ts); here when it has none, or when the page
    // has days to keep first.
    const render = statusPageRenderer();
    api.get('/status', { schema: { hide: true } }, async (_req, reply) => {
      const ctx = context();
      return html(reply, (await threads?.render(ctx.now())) ?? (await render(ctx)));
    });
    // A customer's private page by its secret link: the link acts as the customer's contact, reading its page only.
    // An unknown or revoked link says no more than "not found", and the page is never cached or indexed.
    api.get('/status/private/:token', { schema: { hide: true, params: token } }, async (req, reply) => {
      const customerId = await customerOfStatusLink(context(), req.params.token);
      if (customerId === undefined) return message(reply, 'Link not valid', 'This link is not valid any more.', 404);
      const page = await customerStatusPage(
        context({ actor: 'status-link', role: 'customer', customerId }),
        customerId,
      );
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(customerStatusHtml(page));
    });
    const feed = async () => {
      const ctx = context();
      const incidents = await listIncidentsPage(ctx, { limit: 100 });
      return statusFeed(publicLink(ctx, ''), TITLE, incidents.items, await publicMaintenance(ctx), ctx.now());
    };
    api.get('/status/feed.rss', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('application/rss+xml; charset=utf-8').send((await feed()).rss2()),
    );
    api.get('/status/feed.atom', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('application/atom+xml; charset=utf-8').send((await feed()).atom1()),
    );
    api.get('/status/maintenance.ics', { schema: { hide: true } }, async (_req, reply) => {
      const ctx = context();
      return reply
        .type('text/calendar; charset=utf-8')
        .send(maintenanceCalendar(publicLink(ctx, ''), TITLE, await publicMaintenance(ctx)));
    });

    api.post('/status/subscriptions', {
      schema: {
        hide: true,
        body: z.object({ email: z.string().max(320), component: z.string().max(200) }).strict(),
      },
      handler: async (req, reply) => {
        const [serviceId = '', componentId = ''] = req.body.component.split('/');
        try {
          await subscribe(context(), { email: req.body.email, serviceId, componentId });
        } catch (e) {
          if (e instanceof ServiceError) return message(reply, 'Not subscribed', e.message, 400);
          throw e;
        }
        return message(
          reply,
          'Check your email',
          `We sent a confirmation link to ${req.body.email}. Nothing more is sent until you follow it.`,
        );
      },
    });
    // Following a link must not change anything (mail scanners follow links): the page asks, its button confirms.
    const ask = (action: string, title: string, button: string) =>
      page(
        title,
        `<h1>${esc(title)}</h1><form method="post" action="${esc(action)}"><button type="submit">${esc(button)}</button></form>`,
      );
    api.get('/status/subscriptions/:token/confirm', { schema: { hide: true, params: token } }, async (req, reply) =>
      html(reply, ask(`/status/subscriptions/${req.params.token}/confirm`, 'Confirm your subscription', 'Confirm')),
    );
    api.get('/status/subscriptions/:token/unsubscribe', { schema: { hide: true, params: token } }, async (req, reply) =>
      html(reply, ask(`/status/subscriptions/${req.params.token}/unsubscribe`, 'Unsubscribe', 'Unsubscribe')),
    );
    const act =
      (verb: typeof confirmSubscription, done: string) =>
      async (req: { params: { token: string } }, reply: FastifyReply) => {
        try {
          const s = await verb(context(), req.params.token);
          return message(reply, done, `${s.email}: ${s.serviceId}/${s.componentId}.`);
        } catch (e) {
          if (e instanceof ServiceError)
            return message(reply, 'Link not valid', 'This link is not valid any more.', 404);
          throw e;
        }
      };
    api.post(
      '/status/subscriptions/:token/confirm',
      { schema: { hide: true, params: token } },
      act(confirmSubscription, 'Subscribed'),
    );
    // RFC 8058 one-click: the mail client posts `List-Unsubscribe=One-Click` to the List-Unsubscribe URL.
    api.post(
      '/status/subscriptions/:token/unsubscribe',
      { schema: { hide: true, params: token } },
      act(unsubscribe, 'Unsubscribed'),
    );
  });
}
