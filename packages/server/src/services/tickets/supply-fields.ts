import { findTicket, setTicketFields } from '../../storage/repositories/ticket-repository.js';
import { recordAudit } from '../audit/log.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { requireActFor } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';
import { writeTransaction } from '../core/write-transaction.js';
import { checkRequestFields, missingFields, type MissingField } from './request-fields.js';

export interface SuppliedFields {
  fields: Record<string, string>;
  missingFields: MissingField[];
}

/**
 * Gives request fields after the request was opened: the data a contract asks for once a request is open
 * (SecurEnvoy's "Error data"), or a correction. The customer's contact or staff may; what was given and when it
 * was received is audited, as a dispute about what the provider knew when turns on it. Clocks do not move: no
 * shipped contract makes a deadline depend on a field.
 */
export async function supplyTicketFields(
  ctx: ServiceContext,
  ticketId: string,
  given: Record<string, string>,
): Promise<SuppliedFields> {
  if (!Object.keys(given).length) throw new ServiceError('invalid', 'give at least one field', '/fields');
  return writeTransaction(ctx, async (trx) => {
    const ticket = await findTicket(trx, ticketId);
    if (!ticket) throw new ServiceError('not_found', `no ticket ${ticketId}`);
    requireActFor(ctx, ticket.customer_id, `ticket ${ticketId}`);
    const { contract } = await contractFor(
      trx,
      ctx.caches.compiledContracts,
      ticket.customer_id,
      ticket.contract_id,
      ticket.contract_version,
    );
    checkRequestFields(contract.doc, given, 'supplying');
    const fields = { ...(JSON.parse(ticket.fields) as Record<string, string>), ...given };
    await setTicketFields(trx, ticketId, JSON.stringify(fields));
    await recordAudit(trx, ctx, 'ticket.fields_supplied', `ticket:${ticketId}`, {
      fields: Object.keys(given),
      receivedAt: wireInstant(ctx.now()),
    });
    return { fields, missingFields: missingFields(contract.doc, fields) };
  });
}
