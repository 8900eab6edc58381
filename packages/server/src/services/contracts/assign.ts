import { compileContract, formatIssue } from '@surety/engine';
import {
  findContractVersion,
  latestContractVersion,
  upsertAssignment,
} from '../../storage/repositories/contract-repository.js';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireDesignatedFit } from '../contacts/designated-limit.js';
import { recomputeOpenTickets, type MovedClock } from '../tickets/recompute-open.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/** Assigns a customer a contract (its latest version unless one is named) with the customer's order form. */
export async function assignContract(
  ctx: ServiceContext,
  input: { customerId: string; contractId: string; version?: number; orderForm?: string },
): Promise<{ version: number; recomputed: number; moved: MovedClock[] }> {
  requireAdmin(ctx); // contracts bind the provider: admins publish and assign them, agents work within them
  if (!(await findCustomer(ctx.db, input.customerId)))
    throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
  const row =
    input.version === undefined
      ? await latestContractVersion(ctx.db, input.contractId)
      : await findContractVersion(ctx.db, input.contractId, input.version);
  if (!row)
    throw new ServiceError(
      'not_found',
      `no contract ${input.contractId}${input.version ? ` version ${input.version}` : ''}`,
      'contractId',
    );
  // The assignment must evaluate: every parameter filled, every order-form value valid.
  const compiled = compileContract(
    { file: input.contractId, text: row.source },
    input.orderForm ? { file: 'order_form', text: input.orderForm } : undefined,
  );
  if (!compiled.contract) throw new ServiceError('invalid', compiled.issues.map(formatIssue).join('\n'), 'orderForm');
  const contract = compiled.contract;
  return writeTransaction(ctx, async (trx) => {
    await requireDesignatedFit(trx, input.customerId, contract);
    await upsertAssignment(trx, {
      customer_id: input.customerId,
      contract_id: input.contractId,
      contract_version: row.version,
      order_form: input.orderForm ?? null,
      created_at: ctx.now(),
    });
    // Open requests move to the new terms at once; the answer says which deadlines moved.
    const { tickets, moved } = await recomputeOpenTickets(trx, ctx, input.customerId, input.contractId, row.version);
    await recordAudit(trx, ctx, 'contract.assigned', `customer:${input.customerId}`, {
      contract: input.contractId,
      version: row.version,
      orderForm: input.orderForm !== undefined,
      recomputed: tickets,
      moved: moved.length,
    });
    return { version: row.version, recomputed: tickets, moved };
  });
}
