import { TicketEventError } from '@surety/engine';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { findTicket, insertTicket } from '../../storage/repositories/ticket-repository.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { requireActFor } from '../core/permissions.js';
import { checkRequestFields } from './request-fields.js';
import { statedTime } from './stated-time.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { reprojectTickets, type Reprojection } from './projection.js';

export interface OpenTicketInput {
  id: string;
  customerId: string;
  contractId: string;
  severity: string;
  plan?: string;
  status?: string;
  /** When the request was made; default: now (the time of receipt). */
  at?: number;
  /** The request fields the contract asks for (TechJutsu 10.1 requires some; SecurEnvoy only requests its own). */
  fields: Record<string, string>;
}

/** Opens a support request: checks the contract's required fields, stores the opened event, starts its clocks. */
export async function openTicket(
  ctx: ServiceContext,
  input: OpenTicketInput,
): Promise<{ id: string; nextDueAt: number | null; recorded: number }> {
  const now = ctx.now();
  requireActFor(ctx, input.customerId, `customer ${input.customerId}`);
  return writeTransaction(ctx, async (trx) => {
    if (!(await findCustomer(trx, input.customerId)))
      throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
    if (await findTicket(trx, input.id)) throw new ServiceError('conflict', `ticket ${input.id} exists`, 'id');
    const { contract, version } = await contractFor(trx, input.customerId, input.contractId);
    checkRequestFields(contract.doc, input.fields, 'opening');
    const { at, receivedAt } = statedTime(ctx, input.at, now, 'a request');
    const event = {
      type: 'opened' as const,
      at,
      severity: input.severity,
      plan: input.plan,
      status: input.status,
      customer: input.customerId,
    };
    const ticket = {
      id: input.id,
      customer_id: input.customerId,
      contract_id: input.contractId,
      contract_version: version,
      opened_at: at,
      fields: JSON.stringify(input.fields),
    };
    await insertTicket(trx, ticket);
    try {
      const audit = {
        action: 'ticket.opened',
        entity: `ticket:${input.id}`,
        detail: { customer: input.customerId, severity: input.severity, at, ...(receivedAt ? { receivedAt } : {}) },
      };
      const [{ nextDueAt, recorded }] = (await reprojectTickets(
        trx,
        ctx,
        [{ ticket, contract, append: [event] }],
        now,
        () => [audit],
      )) as [Reprojection];
      return { id: input.id, nextDueAt, recorded: recorded.length };
    } catch (e) {
      if (e instanceof TicketEventError) throw new ServiceError('invalid', e.message);
      throw e;
    }
  });
}
