import type { ComponentRow, ServiceRow } from './service-repository.js';
import type { ExclusionRow } from './availability-repository.js';
import type { Executor } from './executor.js';

/** Every service, by id: the status page shows them all (a provider has tens, not thousands). */
export async function allServices(db: Executor): Promise<ServiceRow[]> {
  return db.selectFrom('services').selectAll().orderBy('id').execute();
}

/** Every component of every service, by service then id. */
export async function allComponents(db: Executor): Promise<ComponentRow[]> {
  return db.selectFrom('components').selectAll().orderBy('service_id').orderBy('id').execute();
}

/**
 * Maintenance that ends after `from` and starts before `to`, by start; for one customer: everyone's and its own,
 * otherwise only everyone's (another customer's maintenance is its own business). Cancelled maintenance only with
 * `withCancelled`: pages and feeds show a window called off as cancelled, so readers who saw it announced learn it
 * will not happen; nothing that decides a component's state may count it.
 */
export async function maintenanceBetween(
  db: Executor,
  from: number,
  to: number,
  { customerId, withCancelled = false }: { customerId?: string; withCancelled?: boolean } = {},
): Promise<ExclusionRow[]> {
  return db
    .selectFrom('exclusions')
    .selectAll()
    .where('category', '=', 'scheduled_maintenance')
    .$if(!withCancelled, (q) => q.where('cancelled_at', 'is', null))
    .where('end', '>', from)
    .where('start', '<', to)
    .where((eb) =>
      customerId === undefined
        ? eb('customer_id', 'is', null)
        : eb.or([eb('customer_id', 'is', null), eb('customer_id', '=', customerId)]),
    )
    .orderBy('start')
    .orderBy('id')
    .execute();
}
