import {
  findComponent,
  findService,
  listComponents,
  listServices,
} from '../../storage/repositories/service-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { componentJson, serviceJson, type ComponentJson, type ServiceJson } from './service-json.js';

/*
 * Who reads services: every role, customer contacts included, and every customer sees every service. There is no
 * per-customer link on purpose: availability is measured provider-wide (incidents name no customer, and every
 * customer's report is computed from the same incidents), and the status page shows every service to anyone.
 * A service's name and description are the provider's catalogue, not another customer's data; hiding them would
 * protect nothing and would hide which service an incident in a customer's own report was about.
 */

export async function getService(ctx: ServiceContext, id: string): Promise<ServiceJson> {
  const row = await findService(ctx.db, id);
  if (!row) throw new ServiceError('not_found', `no service ${id}`);
  return serviceJson(row);
}

export async function listServicesPage(
  ctx: ServiceContext,
  page: { cursor?: string; limit: number },
): Promise<Page<ServiceJson>> {
  const after = decodeCursor<[string]>(page.cursor, ['string']);
  const rows = await listServices(ctx.db, { after: after?.[0], limit: page.limit + 1 });
  return pageOf(rows, page.limit, serviceJson, (r) => [r.id]);
}

export async function listComponentsPage(
  ctx: ServiceContext,
  serviceId: string,
  page: { cursor?: string; limit: number },
): Promise<Page<ComponentJson>> {
  if (!(await findService(ctx.db, serviceId))) throw new ServiceError('not_found', `no service ${serviceId}`);
  const after = decodeCursor<[string]>(page.cursor, ['string']);
  const rows = await listComponents(ctx.db, serviceId, { after: after?.[0], limit: page.limit + 1 });
  return pageOf(rows, page.limit, componentJson, (r) => [r.id]);
}

export async function getComponent(
  ctx: ServiceContext,
  serviceId: string,
  componentId: string,
): Promise<ComponentJson> {
  const row = await findComponent(ctx.db, serviceId, componentId);
  if (!row) throw new ServiceError('not_found', `service ${serviceId} has no component ${componentId}`);
  return componentJson(row);
}
