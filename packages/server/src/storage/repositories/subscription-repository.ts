import type { SubscriptionTable } from '../tables.js';
import type { Executor } from './executor.js';

export type SubscriptionRow = SubscriptionTable;

export async function insertSubscription(db: Executor, row: SubscriptionRow): Promise<void> {
  await db.insertInto('subscriptions').values(row).execute();
}

export async function findSubscriptionByToken(db: Executor, token: string): Promise<SubscriptionRow | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('token', '=', token).executeTakeFirst();
}

export async function setSubscription(
  db: Executor,
  id: string,
  set: Partial<Pick<SubscriptionRow, 'confirmed_at' | 'unsubscribed_at'>>,
): Promise<void> {
  await db.updateTable('subscriptions').set(set).where('id', '=', id).execute();
}

/**
 * Confirmed, current subscriptions to any of the components (a component named with `component_id` null stands for
 * every component of its service).
 */
export async function subscribersOf(
  db: Executor,
  components: readonly { serviceId: string; componentId: string | null }[],
): Promise<SubscriptionRow[]> {
  if (!components.length) return [];
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .where((eb) =>
      eb.or(
        components.map((c) =>
          c.componentId === null
            ? eb('service_id', '=', c.serviceId)
            : eb.and([eb('service_id', '=', c.serviceId), eb('component_id', '=', c.componentId)]),
        ),
      ),
    )
    .orderBy('id')
    .execute();
}

/** Every confirmed, current subscription (maintenance of the provider's whole offering goes to all of them). */
export async function allSubscribers(db: Executor): Promise<SubscriptionRow[]> {
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .orderBy('id')
    .execute();
}
