import { compileContract, formatIssue } from '@surety/engine';
import { insertContractVersion } from '../storage/repositories/contract-repository.js';
import { recordAudit } from './audit-log.js';
import { requireStaffWrite } from './permissions.js';
import { ServiceError, type ServiceContext } from './service-context.js';

/** Validates a contract file and stores it as the contract's next version. */
export async function publishContract(
  ctx: ServiceContext,
  source: string,
): Promise<{ id: string; version: number; awaitingOrderForm: string[] }> {
  requireStaffWrite(ctx);
  const result = compileContract({ file: 'contract', text: source });
  const awaiting = result.issues.flatMap((i) => (i.missingParameter ? [i.missingParameter] : []));
  const blocking = result.issues.filter((i) => !i.missingParameter);
  if (blocking.length) throw new ServiceError('invalid', blocking.map(formatIssue).join('\n'), 'source');
  // A contract whose calendars await an order form does not compile alone; its id is still in the file.
  const id = result.contract?.id ?? /^\s+id:\s*([\w-]+)/m.exec(source)?.[1];
  if (!id) throw new ServiceError('invalid', 'the contract has no id', 'source');
  return ctx.db.transaction().execute(async (trx) => {
    const version = await insertContractVersion(trx, {
      contract_id: id,
      source,
      created_at: ctx.now(),
      created_by: ctx.principal.actor,
    });
    await recordAudit(trx, ctx, 'contract.published', `contract:${id}@${version}`, { bytes: source.length });
    return {
      id,
      version,
      awaitingOrderForm: [...new Set([...awaiting, ...(result.contract?.availabilityAwaits ?? [])])],
    };
  });
}
