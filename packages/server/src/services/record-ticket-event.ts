import { TicketEventError, type TicketEvent } from '@surety/engine';
import { findTicketForWrite } from '../storage/repositories/ticket-repository.js';
import { contractFor } from './compiled-contracts.js';
import { requireVisible } from './permissions.js';
import { ServiceError, type ServiceContext } from './service-context.js';
import { writeTransaction } from './write-transaction.js';
import { reprojectTickets, type Reprojection } from './ticket-projection.js';

export type TicketEventInput =
  Exclude<TicketEvent, { type: 'opened' }> extends infer E
    ? E extends { at: number }
      ? Omit<E, 'at'> & { at?: number }
      : never
    : never;

/**
 * Appends an event to a ticket (its time of receipt recorded) and re-derives its clocks; an event the engine
 * refuses (out of order, unknown severity, ...) is refused whole and nothing is written.
 */
export async function recordTicketEvent(
  ctx: ServiceContext,
  ticketId: string,
  input: TicketEventInput,
): Promise<{ seq: number; nextDueAt: number | null; recorded: number }> {
  return writeTransaction(ctx, async (trx) => {
    const found = await findTicketForWrite(trx, ticketId);
    // Read once the ticket is ours: events that arrive together get receipt times in the order they are numbered.
    const now = ctx.now();
    if (!found) throw new ServiceError('not_found', `no ticket ${ticketId}`);
    const { timer_at: timerAt, ...ticket } = found;
    requireVisible(ctx, ticket.customer_id, `ticket ${ticketId}`);
    if (ctx.principal.role === 'customer' && !(input.type === 'replied' && input.author === 'customer')) {
      throw new ServiceError('forbidden', 'a customer contact may add only its own replies', 'type');
    }
    if (ctx.principal.role === 'auditor') throw new ServiceError('forbidden', 'an auditor token cannot change this');
    const { contract } = await contractFor(trx, ticket.customer_id, ticket.contract_id, ticket.contract_version);
    const event = { ...input, at: input.at ?? now } as TicketEvent;
    if (event.at > now) throw new ServiceError('invalid', 'an event cannot be in the future', 'at');
    try {
      const [{ appended, nextDueAt, recorded }] = (await reprojectTickets(
        trx,
        ctx,
        [{ ticket, contract, append: [event], timerAt }],
        now,
        ([r]) => [
          {
            action: `ticket.${event.type}`,
            entity: `ticket:${ticketId}`,
            detail: { seq: r!.appended[0], at: event.at },
          },
        ],
      )) as [Reprojection];
      return { seq: appended[0]!, nextDueAt, recorded: recorded.length };
    } catch (e) {
      if (e instanceof TicketEventError) throw new ServiceError('invalid', e.message);
      throw e;
    }
  });
}
