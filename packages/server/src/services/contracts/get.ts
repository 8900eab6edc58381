import {
  assignmentsToContracts,
  contractVersionsOf,
  findAssignment,
  findContractVersion,
  latestContractVersion,
  latestContractVersions,
  type ContractVersionRow,
} from '../../storage/repositories/contract-repository.js';
import { decodeCursor, pageOf, type Page } from '../core/page-cursor.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { wireInstant } from '../core/instants.js';
import {
  docOf,
  versionJson,
  type ContractJson,
  type ContractSummaryJson,
  type ContractVersionJson,
} from './contract-json.js';

/** The customer a customer contact acts for; undefined for staff, who see every contract. */
const ownCustomer = (ctx: ServiceContext) => (ctx.principal.role === 'customer' ? ctx.principal.customerId : undefined);

/**
 * A customer contact sees the contracts its customer is assigned (every version of them: the terms it may be moved
 * to are its business); any other contract does not exist for it, as other customers' things do not.
 */
export async function visibleLatest(ctx: ServiceContext, contractId: string): Promise<ContractVersionRow> {
  const own = ownCustomer(ctx);
  const row =
    own !== undefined && !(await findAssignment(ctx.db, own, contractId))
      ? undefined
      : await latestContractVersion(ctx.db, contractId);
  if (!row) throw new ServiceError('not_found', `no contract ${contractId}`);
  return row;
}

/** A contract's latest version with its text, what order forms must supply, its versions and its customers. */
export async function getContract(ctx: ServiceContext, contractId: string): Promise<ContractJson> {
  const latest = await visibleLatest(ctx, contractId);
  const [versions, assigned] = await Promise.all([
    contractVersionsOf(ctx.db, contractId),
    assignmentsToContracts(ctx.db, [contractId], ownCustomer(ctx)),
  ]);
  return {
    ...versionJson(latest),
    customers: assigned.map((a) => a.customer_id),
    versions: versions.map((v) => ({ version: v.version, publishedAt: wireInstant(v.created_at) })),
  };
}

/** One version of a contract, as it was published. */
export async function getContractVersion(
  ctx: ServiceContext,
  contractId: string,
  version: number,
): Promise<ContractVersionJson> {
  await visibleLatest(ctx, contractId);
  const row = await findContractVersion(ctx.db, contractId, version);
  if (!row) throw new ServiceError('not_found', `contract ${contractId} has no version ${version}`);
  return versionJson(row);
}

/** Contracts by id with their latest version; a customer contact's list holds its customer's contracts only. */
export async function listContractsPage(
  ctx: ServiceContext,
  page: { cursor?: string; limit: number },
): Promise<Page<ContractSummaryJson>> {
  const own = ownCustomer(ctx);
  const after = decodeCursor<[string]>(page.cursor, ['string']);
  const rows = await latestContractVersions(ctx.db, { customerId: own, after: after?.[0], limit: page.limit + 1 });
  const kept = rows.slice(0, page.limit);
  const customers = new Map<string, string[]>(kept.map((r) => [r.contract_id, []]));
  for (const a of await assignmentsToContracts(
    ctx.db,
    kept.map((r) => r.contract_id),
    own,
  ))
    customers.get(a.contract_id)!.push(a.customer_id);
  return pageOf(
    rows,
    page.limit,
    (r) => {
      const doc = docOf(r);
      return {
        id: r.contract_id,
        version: r.version,
        title: doc.contract.title,
        provider: doc.contract.provider,
        publishedAt: wireInstant(r.created_at),
        customers: customers.get(r.contract_id)!,
      };
    },
    (r) => [r.contract_id],
  );
}
