import { formatIssue } from '@surety/engine';
import { insertContractVersion } from '../../storage/repositories/contract-repository.js';
import { recordAudit } from '../audit/log.js';
import { versionJson, type ContractVersionJson } from './contract-json.js';
import { outlineOffThread } from './outline-off-thread.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/** Validates a contract file and stores it as the contract's next version, answered as GET of that version shows it. */
export async function publishContract(ctx: ServiceContext, source: string): Promise<ContractVersionJson> {
  requireAdmin(ctx); // contracts bind the provider: admins publish and assign them, agents work within them
  const outline = await outlineOffThread(source);
  if (outline.blocking.length)
    throw new ServiceError('invalid', outline.blocking.map(formatIssue).join('\n'), 'source');
  const id = outline.doc?.contract.id;
  if (!id) throw new ServiceError('invalid', 'the contract has no id', 'source');
  return writeTransaction(ctx, async (trx) => {
    const row = { contract_id: id, source, created_at: ctx.now(), created_by: ctx.principal.actor };
    const version = await insertContractVersion(trx, row);
    await recordAudit(trx, ctx, 'contract.published', `contract:${id}@${version}`, { bytes: source.length });
    return versionJson({ ...row, version }, outline);
  });
}
