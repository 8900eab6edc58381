import { decideExclusions, type CompiledContract } from '@surety/engine';
import type { ExclusionRow } from '../../storage/repositories/availability-repository.js';
import { allAssignments, assignmentsOf, type AssignmentRow } from '../../storage/repositories/contract-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { contractFor, type CompiledContracts } from '../contracts/compiled-contracts.js';
import { ServiceError } from '../core/service-context.js';
import type { NoticeCheck } from './maintenance-json.js';

/**
 * Checks a scheduled maintenance against the notice rule of every contract assigned to the customers it applies
 * to (its customer, or every customer), with the engine's own exclusion decision — the one availability reports
 * make — so that what this answers now is what the month's report will say.
 */
export async function noticeChecks(
  db: Executor,
  compiled: CompiledContracts,
  maintenance: ExclusionRow,
  /** Only this customer's contracts (a customer contact reading maintenance that applies to everyone). */
  onlyCustomer?: string,
): Promise<NoticeCheck[]> {
  const customer = onlyCustomer ?? maintenance.customer_id;
  const checks: NoticeCheck[] = [];
  const assignments = customer !== null ? await assignmentsOf(db, customer) : everyAssignment(db);
  for await (const a of assignments) checks.push(await checkOne(db, compiled, maintenance, a));
  return checks;
}

async function* everyAssignment(db: Executor): AsyncGenerator<AssignmentRow> {
  let after: { customerId: string; contractId: string } | undefined;
  for (;;) {
    const page = await allAssignments(db, { after, limit: 500 });
    yield* page;
    if (page.length < 500) return;
    const last = page[page.length - 1]!;
    after = { customerId: last.customer_id, contractId: last.contract_id };
  }
}

async function checkOne(
  db: Executor,
  compiled: CompiledContracts,
  m: ExclusionRow,
  a: AssignmentRow,
): Promise<NoticeCheck> {
  const base = { customerId: a.customer_id, contractId: a.contract_id, contractVersion: a.contract_version };
  let contract: CompiledContract;
  try {
    contract = (await contractFor(db, compiled, a.customer_id, a.contract_id)).contract;
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    return unmeasured(base, e.message);
  }
  const terms = contract.availability;
  if (!terms)
    return unmeasured(
      base,
      contract.availabilityAwaits
        ? `availability needs ${contract.availabilityAwaits.join(', ')} from the order form`
        : 'the contract has no availability section',
    );
  const windows = terms.maintenanceWindows;
  // Tactful's Sunday window: declared maintenance wholly inside it is what the window is for, and needs no notice.
  if (windows && windows.between(m.start, m.end) === m.end - m.start)
    return {
      ...base,
      required: null,
      sufficient: null,
      effect: 'excluded',
      flagged: false,
      rule: '/maintenance/window_policy',
      clause: contract.doc.maintenance?.window_policy?.clause ?? contract.doc.maintenance?.clause ?? null,
      note: `inside the contract's regular maintenance window (${windows.zone}): no notice is needed`,
      window: 'inside',
    };
  const policy = terms.exclusionPolicy;
  const [decision] = decideExclusions(
    [
      {
        id: m.id,
        start: m.start,
        end: m.end,
        category: 'scheduled_maintenance',
        reason: m.reason,
        noticeAt: m.notice_at ?? undefined,
      },
    ],
    policy,
  );
  const noticeApplies =
    policy.notice !== undefined &&
    policy.excluded.has('scheduled_maintenance') &&
    policy.evidence.scheduled_maintenance === 'notice';
  return {
    ...base,
    required: noticeApplies ? policy.notice!.text : null,
    // The engine flags a scheduled maintenance only for short notice.
    sufficient: noticeApplies ? !decision!.flagged : null,
    effect: decision!.excluded ? 'excluded' : 'counted',
    flagged: decision!.flagged,
    rule: decision!.rule,
    clause: (noticeApplies ? contract.doc.maintenance?.notice?.clause : undefined) ?? null,
    note: decision!.note ?? null,
    window: windows ? 'outside' : null,
  };
}

function unmeasured(
  base: Pick<NoticeCheck, 'customerId' | 'contractId' | 'contractVersion'>,
  note: string,
): NoticeCheck {
  return {
    ...base,
    required: null,
    sufficient: null,
    effect: 'not measured',
    flagged: false,
    rule: '/availability',
    clause: null,
    note,
    window: null,
  };
}
