import { assignmentsOf } from '../../storage/repositories/contract-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { ServiceError } from '../core/service-context.js';

/** The contract a request means: the one it names, or the customer's only one. */
export async function soleContract(db: Executor, customerId: string, named?: string): Promise<string> {
  if (named !== undefined) return named;
  const contracts = (await assignmentsOf(db, customerId)).map((a) => a.contract_id);
  if (contracts.length === 1) return contracts[0]!;
  throw new ServiceError(
    'invalid',
    contracts.length
      ? `customer ${customerId} has ${contracts.length} contracts (${contracts.join(', ')}): name one`
      : `customer ${customerId} is assigned no contract`,
    'contractId',
  );
}
