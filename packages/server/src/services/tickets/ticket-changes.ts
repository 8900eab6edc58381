import { z } from 'zod';
import { instantText } from '../core/instant-codec.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

/** What a live client hears: which ticket of which customer changed and how; it refetches what it shows. */
export const ticketChange = z.object({
  ticketId: z.string(),
  customerId: z.string(),
  what: z
    .array(z.string())
    .describe('the events recorded (opened, reply, status, …) and clock changes (clock.warning, clock.breached)'),
  at: instantText.describe('when it was recorded'),
});
export type TicketChange = z.infer<typeof ticketChange>;

/** Announces changes in the transaction that makes them: listeners hear them once it commits. */
export async function announceTicketChanges(db: Executor, ctx: ServiceContext, changes: readonly TicketChange[]) {
  if (ctx.changes && changes.length)
    await ctx.changes.announce(
      db,
      changes.map((c) => JSON.stringify(c)),
    );
}

/**
 * Hears every ticket change the principal may see (a customer contact, its own customer's), from every process
 * of the store, until the returned function is called.
 */
export async function watchTicketChanges(
  ctx: ServiceContext,
  listener: (change: TicketChange) => void,
): Promise<() => void> {
  if (!ctx.changes) throw new ServiceError('conflict', 'this server does not stream live changes');
  const { role, customerId } = ctx.principal;
  return ctx.changes.listen((payload) => {
    const change = JSON.parse(payload) as TicketChange;
    if (role === 'customer' && change.customerId !== customerId) return;
    listener(change);
  });
}
