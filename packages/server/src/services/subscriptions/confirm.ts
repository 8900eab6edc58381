import { findSubscriptionByToken, setSubscription } from '../../storage/repositories/subscription-repository.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/** What a subscription link leads to: the component it is for. */
export interface SubscriptionTarget {
  email: string;
  serviceId: string;
  componentId: string;
}

/** Confirms a subscription by its link's token (the second step of the double opt-in); confirming twice is harmless. */
export async function confirmSubscription(ctx: ServiceContext, token: string): Promise<SubscriptionTarget> {
  return writeTransaction(ctx, async (trx) => {
    const s = await findSubscriptionByToken(trx, token);
    if (!s || s.unsubscribed_at !== null) throw new ServiceError('not_found', 'no such subscription');
    if (s.confirmed_at === null) await setSubscription(trx, s.id, { confirmed_at: ctx.now() });
    return { email: s.email, serviceId: s.service_id, componentId: s.component_id };
  });
}

/** Ends a subscription by its link's token (one click, RFC 8058); unsubscribing twice is harmless. */
export async function unsubscribe(ctx: ServiceContext, token: string): Promise<SubscriptionTarget> {
  return writeTransaction(ctx, async (trx) => {
    const s = await findSubscriptionByToken(trx, token);
    if (!s) throw new ServiceError('not_found', 'no such subscription');
    if (s.unsubscribed_at === null) await setSubscription(trx, s.id, { unsubscribed_at: ctx.now() });
    return { email: s.email, serviceId: s.service_id, componentId: s.component_id };
  });
}
