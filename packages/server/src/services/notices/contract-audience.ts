import type { NoticeKind } from '@surety/engine';
import { allAssignments } from '../../storage/repositories/contract-repository.js';
import {
  contactsOfCustomers,
  designatedContacts,
  type ContactRow,
} from '../../storage/repositories/contact-repository.js';
import { availabilitySourcesOf } from '../../storage/repositories/monitor-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { rolesOf } from '../contacts/contact-roles.js';
import { compiledVersion, type CompiledContracts } from '../contracts/compiled-contracts.js';
import type { CoveredComponent } from '../monitors/availability-source.js';
import { groupEmails } from './notice-groups.js';
import type { AffectedComponent } from './recipients.js';

/** One person told of a notice because of a contract, and why (said in the message's footer). */
export interface ContractRecipient {
  email: string;
  why: string;
}

const PAGE = 500;

/**
 * Who is told of an incident or unplanned maintenance because of a contract (TechJutsu §5.1): for each customer whose
 * assigned contract covers an affected component (its availability source; every component while it names none; an
 * incident naming no component affects every contract), the contacts holding the roles the contract names for that
 * kind of notice and the members of the provider groups it names (`ceo`); a contract that names no one for the kind
 * tells the customer's designated contacts, as every notice did before contracts could say, and so does a customer
 * with no contract assigned. Once per address, with every reason.
 */
export async function contractNoticeRecipients(
  db: Executor,
  compiled: CompiledContracts,
  kind: NoticeKind,
  components: readonly AffectedComponent[],
): Promise<ContractRecipient[]> {
  const reasons = new Map<string, string[]>();
  const tell = (email: string, why: string) => {
    const key = email.trim().toLowerCase();
    const list = reasons.get(key) ?? [];
    if (!list.includes(why)) list.push(why);
    reasons.set(key, list);
  };
  const groups = new Map<string, Promise<string[]>>();
  const members = (group: string) => {
    let emails = groups.get(group);
    if (!emails) groups.set(group, (emails = groupEmails(db, [group])));
    return emails;
  };
  const underContract = new Set<string>();
  let after: { customerId: string; contractId: string } | undefined;
  for (;;) {
    const page = await allAssignments(db, { after, limit: PAGE });
    // A page's sources and contacts in one read each: an incident is recorded in one write transaction, which must
    // not wait on a query per customer.
    const customers = page.map((a) => a.customer_id);
    const sources = new Map(
      (await availabilitySourcesOf(db, customers)).map((r) => [
        `${r.customer_id}\u0000${r.contract_id}`,
        JSON.parse(r.components) as CoveredComponent[],
      ]),
    );
    const contacts = new Map<string, ContactRow[]>();
    for (const c of await contactsOfCustomers(db, customers))
      contacts.set(c.customer_id, [...(contacts.get(c.customer_id) ?? []), c]);
    for (const a of page) {
      const covered = sources.get(`${a.customer_id}\u0000${a.contract_id}`) ?? [];
      if (!affects(components, covered)) continue;
      // Who is told needs no calendar: the contract as compiled from its version and order form, cached.
      const contract = await compiledVersion(
        db,
        compiled,
        a.customer_id,
        a.contract_id,
        a.contract_version,
        a.order_form,
      );
      const audience = contract.notices[kind];
      const under = `under ${contract.id}${audience?.clause ? ` (${audience.clause})` : ''}`;
      const own = contacts.get(a.customer_id) ?? [];
      if (!audience) {
        for (const c of own) if (c.designated === 1) tell(c.email, `a designated contact of ${a.customer_id}`);
        continue;
      }
      const wanted = new Set(audience.contactRoles.map((r) => r.toLowerCase()));
      for (const c of own)
        for (const role of rolesOf(c))
          if (wanted.has(role.toLowerCase())) tell(c.email, `${role} of ${a.customer_id} ${under}`);
      for (const group of audience.providerGroups)
        for (const email of await members(group))
          tell(email, `a member of the provider's ${group} group, for ${a.customer_id} ${under}`);
    }
    for (const a of page) underContract.add(a.customer_id);
    if (page.length < PAGE) break;
    const last = page.at(-1)!;
    after = { customerId: last.customer_id, contractId: last.contract_id };
  }
  // A customer with no contract assigned yet has nothing to say who is told, nor what it covers: its designated
  // contacts are told, as every customer's were before contracts could say.
  for (const c of await designatedContacts(db))
    if (!underContract.has(c.customer_id)) tell(c.email, `a designated contact of ${c.customer_id}`);
  return [...reasons].map(([email, why]) => ({ email, why: why.join('; ') }));
}

/** Whether a notice about `affected` concerns a contract covering `covered` (either empty: everything). */
export function affects(affected: readonly AffectedComponent[], covered: readonly CoveredComponent[]): boolean {
  if (!affected.length || !covered.length) return true;
  return affected.some((a) =>
    covered.some(
      (c) =>
        c.serviceId === a.serviceId &&
        (c.componentId === null || a.componentId === null || c.componentId === a.componentId),
    ),
  );
}
