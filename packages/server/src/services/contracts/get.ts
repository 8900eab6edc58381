import { outlineContract, parseContract, type ContractDoc, type ContractParameter } from '@surety/engine';
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

export interface ContractSummaryJson {
  id: string;
  /** The latest version. */
  version: number;
  title: string;
  provider: string;
  publishedAt: string;
  /** The customers assigned the contract (any version); a customer contact sees only its own customer. */
  customers: string[];
}

export interface ContractVersionJson {
  id: string;
  version: number;
  title: string;
  provider: string;
  publishedAt: string;
  /** The contract YAML as published. */
  source: string;
  /** Parameters an order form must supply before the contract can be evaluated. */
  awaitingOrderForm: string[];
  parameters: ContractParameter[];
  severities: { id: string; name: string; definition: string }[];
  requestFields: {
    id: string;
    label: string;
    required: boolean;
    type: 'text' | 'contact' | 'choice';
    choices: string[] | null;
    clause: string | null;
  }[];
}

export interface ContractJson extends ContractVersionJson {
  customers: string[];
  versions: { version: number; publishedAt: string }[];
}

/** Every stored version passed validation when it was published, so its document is always there. */
export function docOf(row: ContractVersionRow): ContractDoc {
  const { doc } = parseContract({ file: `${row.contract_id}@${row.version}`, text: row.source });
  if (!doc) throw new Error(`stored contract ${row.contract_id}@${row.version} no longer parses`);
  return doc;
}

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

function versionJson(row: ContractVersionRow): ContractVersionJson {
  const outline = outlineContract(row.source);
  const doc = outline.doc ?? docOf(row);
  return {
    id: row.contract_id,
    version: row.version,
    title: doc.contract.title,
    provider: doc.contract.provider,
    publishedAt: wireInstant(row.created_at),
    source: row.source,
    awaitingOrderForm: outline.awaitingOrderForm,
    parameters: outline.parameters,
    severities: doc.severities.levels.map((l) => ({ id: l.id, name: l.name, definition: l.definition })),
    requestFields: (doc.request_fields ?? []).map((f) => ({
      id: f.id,
      label: f.label,
      required: f.required,
      type: f.type ?? (f.choices ? 'choice' : 'text'),
      choices: f.choices ?? null,
      clause: f.clause ?? null,
    })),
  };
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
