import type { CompiledContract, Plan } from '../contract/compiled-contract.js';

/**
 * The contract as its provider's internal goals measure it: each plan's `internal_targets` in place of its targets,
 * every other term the same, so a ticket's events evaluated against it give the internal clocks with the same rules
 * (calendars, pauses, severity changes) as the contract's. Nothing measured here is a contract breach: these clocks
 * are reported apart and labelled internal. Undefined when no plan sets an internal goal.
 */
export function internalGoals(contract: CompiledContract): CompiledContract | undefined {
  const plans = new Map<string, Plan>();
  let any = false;
  for (const [id, plan] of contract.plans) {
    if (plan.internalTargets.size) any = true;
    plans.set(id, { ...plan, targets: plan.internalTargets, internalTargets: new Map() });
  }
  return any ? { ...contract, plans, availability: undefined, credits: undefined } : undefined;
}
