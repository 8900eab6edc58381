import { sql } from 'kysely';
import type { AssignmentTable, ContractVersionTable } from '../tables.js';
import { chunks, type Executor } from './executor.js';

export type ContractVersionRow = ContractVersionTable;
export type AssignmentRow = AssignmentTable;

/** Stores a new version of a contract (1 for the first) and returns its number. */
export async function insertContractVersion(db: Executor, row: Omit<ContractVersionRow, 'version'>): Promise<number> {
  const latest = await latestContractVersion(db, row.contract_id);
  const version = (latest?.version ?? 0) + 1;
  await db
    .insertInto('contract_versions')
    .values({ ...row, version })
    .execute();
  return version;
}

export async function latestContractVersion(db: Executor, contractId: string): Promise<ContractVersionRow | undefined> {
  return db
    .selectFrom('contract_versions')
    .selectAll()
    .where('contract_id', '=', contractId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findContractVersion(
  db: Executor,
  contractId: string,
  version: number,
): Promise<ContractVersionRow | undefined> {
  return db
    .selectFrom('contract_versions')
    .selectAll()
    .where('contract_id', '=', contractId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function listContractIds(db: Executor): Promise<{ contract_id: string; latest: number }[]> {
  return db
    .selectFrom('contract_versions')
    .select(['contract_id', (eb) => eb.fn.max('version').as('latest')])
    .groupBy('contract_id')
    .orderBy('contract_id')
    .execute();
}

export async function upsertAssignment(db: Executor, row: AssignmentRow): Promise<void> {
  await db
    .insertInto('assignments')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['customer_id', 'contract_id']).doUpdateSet({
        contract_version: row.contract_version,
        order_form: row.order_form,
        created_at: row.created_at,
      }),
    )
    .execute();
}

/** Every ticket write looks its terms up: a template, which costs a third of Kysely's query builder. */
export async function findAssignment(
  db: Executor,
  customerId: string,
  contractId: string,
): Promise<AssignmentRow | undefined> {
  return (
    await sql<AssignmentRow>`select * from assignments where customer_id = ${customerId} and contract_id = ${contractId}`.execute(
      db,
    )
  ).rows[0];
}

export async function assignmentsOf(db: Executor, customerId: string): Promise<AssignmentRow[]> {
  return db
    .selectFrom('assignments')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('contract_id')
    .execute();
}

/** Every assignment, ordered by customer then contract, after the previous page's last one. */
export async function allAssignments(
  db: Executor,
  page: { after?: { customerId: string; contractId: string }; limit: number },
): Promise<AssignmentRow[]> {
  let q = db.selectFrom('assignments').selectAll().orderBy('customer_id').orderBy('contract_id').limit(page.limit);
  const after = page.after;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('customer_id', '>', after.customerId),
        eb.and([eb('customer_id', '=', after.customerId), eb('contract_id', '>', after.contractId)]),
      ]),
    );
  return q.execute();
}

/**
 * Each contract version assigned with each order form, once, with one customer it is assigned to: what differs
 * between assignments as far as the contract's terms go (thousands of customers share a few of these).
 */
export async function assignedContractVersions(
  db: Executor,
): Promise<{ customer_id: string; contract_id: string; contract_version: number; order_form: string | null }[]> {
  return db
    .selectFrom('assignments')
    .select((eb) => [eb.fn.min('customer_id').as('customer_id'), 'contract_id', 'contract_version', 'order_form'])
    .groupBy(['contract_id', 'contract_version', 'order_form'])
    .execute() as Promise<
    { customer_id: string; contract_id: string; contract_version: number; order_form: string | null }[]
  >;
}

/**
 * The latest version of each contract, ordered by id after the previous page's last; for a customer, only the
 * contracts it is assigned.
 */
export async function latestContractVersions(
  db: Executor,
  page: { customerId?: string; after?: string; limit: number },
): Promise<ContractVersionRow[]> {
  let q = db
    .selectFrom('contract_versions as cv')
    .selectAll()
    .where('cv.version', '=', (eb) =>
      eb
        .selectFrom('contract_versions as v')
        .select((v) => v.fn.max('v.version').as('latest'))
        .whereRef('v.contract_id', '=', 'cv.contract_id'),
    )
    .orderBy('cv.contract_id')
    .limit(page.limit);
  const { customerId, after } = page;
  if (customerId !== undefined)
    q = q.where('cv.contract_id', 'in', (eb) =>
      eb.selectFrom('assignments').select('contract_id').where('customer_id', '=', customerId),
    );
  if (after !== undefined) q = q.where('cv.contract_id', '>', after);
  return q.execute();
}

/** Every version of a contract, oldest first, without their texts. */
export async function contractVersionsOf(
  db: Executor,
  contractId: string,
): Promise<Pick<ContractVersionRow, 'version' | 'created_at' | 'created_by'>[]> {
  return db
    .selectFrom('contract_versions')
    .select(['version', 'created_at', 'created_by'])
    .where('contract_id', '=', contractId)
    .orderBy('version')
    .execute();
}

/** The assignments of these contracts (of one customer's only, when given), by contract then customer. */
export async function assignmentsToContracts(
  db: Executor,
  contractIds: readonly string[],
  customerId?: string,
): Promise<AssignmentRow[]> {
  const rows: AssignmentRow[] = [];
  for (const part of chunks(contractIds)) {
    let q = db
      .selectFrom('assignments')
      .selectAll()
      .where('contract_id', 'in', part)
      .orderBy('contract_id')
      .orderBy('customer_id');
    if (customerId !== undefined) q = q.where('customer_id', '=', customerId);
    rows.push(...(await q.execute()));
  }
  return rows;
}
