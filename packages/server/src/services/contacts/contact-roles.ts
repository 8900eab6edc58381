import { assignmentsOf } from '../../storage/repositories/contract-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { contractFor, type CompiledContracts } from '../contracts/compiled-contracts.js';
import { ServiceError } from '../core/service-context.js';

/**
 * The roles a contact is to hold, each spelt as the customer's contracts spell it (`contacts.roles`: "Customer SME"),
 * compared without regard to case. A role none of the customer's contracts names is refused, naming the ones they do:
 * a contract tells contacts of incidents and unplanned maintenance by role (TechJutsu §5.1), so a misspelt role would
 * reach no one, silently.
 */
export async function contractRoles(
  trx: Executor,
  compiled: CompiledContracts,
  customerId: string,
  roles: readonly string[],
): Promise<string[]> {
  if (!roles.length) return [];
  const named = new Map<string, string>();
  for (const a of await assignmentsOf(trx, customerId)) {
    const { contract } = await contractFor(trx, compiled, customerId, a.contract_id);
    for (const role of contract.doc.contacts?.roles ?? [])
      if (!named.has(role.toLowerCase())) named.set(role.toLowerCase(), role);
  }
  const chosen: string[] = [];
  for (const [i, role] of roles.entries()) {
    const spelt = named.get(role.trim().toLowerCase());
    if (!spelt)
      throw new ServiceError(
        'invalid',
        `no contract of ${customerId} names the contact role '${role}' (roles: ${[...named.values()].join(', ') || 'none'})`,
        `roles/${i}`,
      );
    if (!chosen.includes(spelt)) chosen.push(spelt);
  }
  return chosen;
}

/** The roles a contact row holds. */
export function rolesOf(row: { roles: string }): string[] {
  return JSON.parse(row.roles) as string[];
}
