import type { ClaimTable, CreditDecisionTable } from '../tables.js';
import type { Executor } from './executor.js';

export type ClaimRow = ClaimTable;
export type CreditDecisionRow = CreditDecisionTable;

export async function insertClaim(db: Executor, row: ClaimRow): Promise<void> {
  await db.insertInto('claims').values(row).execute();
}

export async function findClaim(db: Executor, id: string): Promise<ClaimRow | undefined> {
  return db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The accepted claim for a customer's month under a contract, if one was filed. */
export async function acceptedClaim(
  db: Executor,
  customerId: string,
  contractId: string,
  period: string,
): Promise<ClaimRow | undefined> {
  return db
    .selectFrom('claims')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('contract_id', '=', contractId)
    .where('period', '=', period)
    .where('outcome', '=', 'accepted')
    .orderBy('filed_at')
    .executeTakeFirst();
}

export interface ClaimFilter {
  customerId: string;
  outcome?: 'accepted' | 'rejected';
  /** The month claimed. */
  period?: string;
  /** Filed in [filedFrom, filedTo). */
  filedFrom?: number;
  filedTo?: number;
  /** The last claim of the previous page, by filing time then id. */
  after?: { filedAt: number; id: string };
  limit: number;
}

/** A customer's claims in the order they were filed. */
export async function listClaims(db: Executor, f: ClaimFilter): Promise<ClaimRow[]> {
  let q = db
    .selectFrom('claims')
    .selectAll()
    .where('customer_id', '=', f.customerId)
    .orderBy('filed_at')
    .orderBy('id')
    .limit(f.limit);
  if (f.outcome !== undefined) q = q.where('outcome', '=', f.outcome);
  if (f.period !== undefined) q = q.where('period', '=', f.period);
  if (f.filedFrom !== undefined) q = q.where('filed_at', '>=', f.filedFrom);
  if (f.filedTo !== undefined) q = q.where('filed_at', '<', f.filedTo);
  const after = f.after;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('filed_at', '>', after.filedAt),
        eb.and([eb('filed_at', '=', after.filedAt), eb('id', '>', after.id)]),
      ]),
    );
  return q.execute();
}

/**
 * Saves a credit decision unless the same one is already recorded; says whether it was new or changed. One
 * statement, so two simultaneous readers of the same month record a change once (the key serializes them).
 */
export async function saveCreditDecision(db: Executor, row: CreditDecisionRow): Promise<boolean> {
  const result = await db
    .insertInto('credit_decisions')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['customer_id', 'contract_id', 'period'])
        .doUpdateSet({
          outcome: row.outcome,
          credit: row.credit,
          form: row.form,
          claim_id: row.claim_id,
          decided_at: row.decided_at,
          decided_by: row.decided_by,
        })
        .where((eb) =>
          eb.or([
            eb('credit_decisions.outcome', '!=', row.outcome),
            eb('credit_decisions.credit', '!=', row.credit),
            eb('credit_decisions.form', '!=', row.form),
            row.claim_id === null
              ? eb('credit_decisions.claim_id', 'is not', null)
              : eb.or([
                  eb('credit_decisions.claim_id', 'is', null),
                  eb('credit_decisions.claim_id', '!=', row.claim_id),
                ]),
          ]),
        ),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findCreditDecision(
  db: Executor,
  customerId: string,
  contractId: string,
  period: string,
): Promise<CreditDecisionRow | undefined> {
  return db
    .selectFrom('credit_decisions')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('contract_id', '=', contractId)
    .where('period', '=', period)
    .executeTakeFirst();
}
