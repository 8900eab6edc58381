import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build -w @surety/web` writes the bundle, from this file in packages/server/dist/api. */
export const WEB_BUNDLE = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/**
 * Serves the console and customer portal at `/`: a file of the bundle when one matches, otherwise index.html for a
 * browser asking for a page (the app routes on the client). API routes are registered by name and so keep
 * precedence over this catch-all; a client that does not ask for HTML gets the API's 404.
 */
export async function registerWebApp(app: FastifyInstance, root = WEB_BUNDLE): Promise<void> {
  if (!existsSync(`${root}/index.html`)) return;
  await app.register(fastifyStatic, { root, serve: false });
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const path = decodeURIComponent(request.url.split('?')[0]!);
    if (path.startsWith('/assets/') && !path.includes('..') && existsSync(`${root}${path}`))
      // Hashed file names: a new build has new names, so a file may be kept for good.
      return reply.sendFile(path.slice(1), { maxAge: '365d', immutable: true });
    if (!(request.headers.accept ?? '').includes('text/html') && path !== '/') return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  };
  // Public: the app's files need no principal (its data does).
  app.get('/', { schema: { hide: true }, config: { public: true } }, page);
  app.get('/*', { schema: { hide: true }, config: { public: true } }, page);
}
