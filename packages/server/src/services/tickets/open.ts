import { TicketEventError } from '@surety/engine';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import type { Transaction } from 'kysely';
import { findTicket, insertTicket } from '../../storage/repositories/ticket-repository.js';
import type { Tables } from '../../storage/tables.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { requireActFor } from '../core/permissions.js';
import { checkRequestFields } from './request-fields.js';
import { statedTime } from './stated-time.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { reprojectTickets, type Reprojection } from './projection.js';
import { getTicket, type TicketDetailJson } from './get.js';

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

/** What opening wrote: the next instant a clock falls due, and how many clock events it recorded. */
export interface OpenedTicket {
  id: string;
  nextDueAt: number | null;
  recorded: number;
}

/** Opens a support request: checks the contract's required fields, stores the opened event, starts its clocks. */
export async function openTicket(ctx: ServiceContext, input: OpenTicketInput): Promise<OpenedTicket> {
  requireActFor(ctx, input.customerId, `customer ${input.customerId}`);
  return writeTransaction(ctx, (trx) => open(trx, ctx, input));
}

/**
 * Opens a support request and answers it as GET /tickets/{id} shows it, read in the transaction that opened it:
 * a retry with the request's Idempotency-Key gets this answer again. `recorded` (not on the wire) counts the clock
 * events the opening recorded.
 */
export async function openTicketDetail(
  ctx: ServiceContext,
  input: OpenTicketInput,
): Promise<TicketDetailJson & { recorded: number }> {
  requireActFor(ctx, input.customerId, `customer ${input.customerId}`);
  return writeTransaction(ctx, async (trx) => {
    const { recorded } = await open(trx, ctx, input);
    return { ...(await getTicket({ ...ctx, db: trx }, input.id)), recorded };
  });
}

async function open(trx: Transaction<Tables>, ctx: ServiceContext, input: OpenTicketInput): Promise<OpenedTicket> {
  const now = ctx.now();
  if (!(await findCustomer(trx, input.customerId)))
    throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
  if (await findTicket(trx, input.id)) throw new ServiceError('conflict', `ticket ${input.id} exists`, 'id');
  const { contract, version } = await contractFor(
    trx,
    ctx.caches.compiledContracts,
    input.customerId,
    input.contractId,
  );
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
}
