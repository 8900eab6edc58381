import type { ServiceContext } from '../core/service-context.js';

/** An absolute link to a path of this server, as readers of email reach it. */
export function publicLink(ctx: ServiceContext, path: string): string {
  return `${(ctx.publicUrl ?? 'http://127.0.0.1:8080').replace(/\/$/, '')}${path}`;
}
