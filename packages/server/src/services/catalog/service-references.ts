import type { Executor } from '../../storage/repositories/executor.js';
import { findComponent, findService } from '../../storage/repositories/service-repository.js';
import { ServiceError } from '../core/service-context.js';

/** What an incident or exclusion may say it concerns: a service, or a component of one (both optional). */
export interface ServiceReference {
  serviceId?: string;
  componentId?: string;
}

/** Checks that a named service (and component of it) exists; naming neither is the provider's whole offering. */
export async function checkServiceReference(db: Executor, ref: ServiceReference): Promise<void> {
  if (ref.componentId !== undefined && ref.serviceId === undefined)
    throw new ServiceError('invalid', 'a component is named with its service (serviceId)', 'serviceId');
  if (ref.serviceId !== undefined && !(await findService(db, ref.serviceId)))
    throw new ServiceError('not_found', `no service ${ref.serviceId}`, 'serviceId');
  if (ref.componentId !== undefined && !(await findComponent(db, ref.serviceId!, ref.componentId)))
    throw new ServiceError('not_found', `service ${ref.serviceId} has no component ${ref.componentId}`, 'componentId');
}
