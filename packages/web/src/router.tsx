import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { APP_BASE } from './app-base';
import type { Me } from './auth/me';
import { Shell } from './ui/shell';

/** Every page is its own chunk, loaded when first visited: the first load carries the shell only. */
const page = (load: () => Promise<{ default: () => React.ReactNode }>) => lazyRouteComponent(load);

/** Search parameters as plain strings (filters, period), ignored when not strings. */
const strings = (search: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(search).filter((e): e is [string, string] => typeof e[1] === 'string'));

export function createAppRouter(me: Me) {
  const root = createRootRoute({ component: Shell });
  const route = (path: string, component: ReturnType<typeof page>, search = false) =>
    createRoute({ getParentRoute: () => root, path, component, ...(search ? { validateSearch: strings } : {}) });
  const provider = me.role !== 'customer';
  const routes = [
    route('/', provider ? page(() => import('./pages/overview-page')) : page(() => import('./pages/requests-page'))),
    route(
      '/queue',
      page(() => import('./pages/queue-page')),
      true,
    ),
    route(
      '/requests',
      page(() => import('./pages/requests-page')),
      true,
    ),
    route(
      '/requests/$id',
      page(() => import('./pages/request-page')),
    ),
    route(
      '/contracts',
      page(() => import('./pages/contracts-page')),
    ),
    route(
      '/contracts/$id',
      page(() => import('./pages/contract-page')),
    ),
    route(
      '/customers',
      page(() => import('./pages/customers-page')),
    ),
    route(
      '/customers/$id',
      page(() => import('./pages/customer-page')),
    ),
    route(
      '/availability',
      page(() => import('./pages/availability-page')),
      true,
    ),
    route(
      '/maintenance',
      page(() => import('./pages/maintenance-page')),
    ),
    route(
      '/credits',
      page(() => import('./pages/credits-page')),
      true,
    ),
    route(
      '/audit',
      page(() => import('./pages/audit-page')),
    ),
    route(
      '/people',
      page(() => import('./pages/people-page')),
    ),
    route(
      '/webhooks',
      page(() => import('./pages/webhooks-page')),
    ),
    route(
      '/tokens',
      page(() => import('./pages/tokens-page')),
    ),
  ];
  return createRouter({ routeTree: root.addChildren(routes), defaultPreload: 'intent', basepath: APP_BASE });
}
