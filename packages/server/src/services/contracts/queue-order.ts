import type { ServiceContext } from '../core/service-context.js';
import { docOf } from './contract-json.js';
import { visibleLatest } from './get.js';

/** How a contract's open requests are worked: the soonest deadline first, or first in, first out. */
export type QueueOrder = 'deadline' | 'receipt';

/**
 * The order a contract's latest version declares (`queue.order`; deadline when it says nothing). It is a property
 * of the contract text, the same for every customer, so no order form is needed to read it.
 */
export async function declaredQueueOrder(ctx: ServiceContext, contractId: string): Promise<QueueOrder> {
  return docOf(await visibleLatest(ctx, contractId)).queue?.order ?? 'deadline';
}
