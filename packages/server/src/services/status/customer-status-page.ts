import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { assignmentsOf } from '../../storage/repositories/contract-repository.js';
import { maintenanceBetween } from '../../storage/repositories/status-page-repository.js';
import { availabilityReport } from '../availability/report.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import type { IncidentJson } from '../incidents/incident-json.js';
import { maintenanceJson, type MaintenanceJson } from '../maintenance/maintenance-json.js';
import { readAvailabilitySource } from '../monitors/availability-source.js';
import { statusPage, type ComponentStatus } from './status-page.js';

const DAY = 86_400_000;

/** One contract's month so far, measured as the contract measures it (the availability report's own figures). */
export interface ContractMonth {
  contractId: string;
  title: string;
  /** The month (UTC) measured up to now. */
  period: string;
  target: string | null;
  uptime: string | null;
  met: boolean | null;
  /** Why there is no figure (no availability section, an order-form value missing). */
  note: string | null;
  /** The components the contract covers (its availability source); every component when it names none. */
  components: ComponentStatus[];
}

export interface CustomerStatusPage {
  now: number;
  customerId: string;
  customerName: string;
  contracts: ContractMonth[];
  /**
   * Incidents and unplanned maintenance going on now that touch a component its contracts cover (or name no
   * component), newest first, with their updates and, for maintenance, when it is expected to end.
   */
  ongoing: IncidentJson[];
  /** Maintenance that applies to the customer (everyone's and its own) of the last 30 days and to come. */
  maintenance: MaintenanceJson[];
}

/**
 * A customer's private status page: for each of its contracts the components it covers with their state and 90
 * days, its own uptime this month against the contract's target, and the maintenance that applies to it. The caller
 * is the customer's contact, staff, or a secret link acting as the customer (status-links.ts).
 */
export async function customerStatusPage(ctx: ServiceContext, customerId: string): Promise<CustomerStatusPage> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  const customer = await findCustomer(ctx.db, customerId);
  if (!customer) throw new ServiceError('not_found', `no customer ${customerId}`);
  const now = ctx.now();
  const period = new Date(now).toISOString().slice(0, 7);
  const pub = await statusPage(ctx);
  const all = pub.services.flatMap((s) => s.components);
  const contracts: ContractMonth[] = [];
  for (const a of await assignmentsOf(ctx.db, customerId)) {
    const { contract } = await contractFor(ctx.db, ctx.caches.compiledContracts, customerId, a.contract_id).catch(
      () => ({ contract: undefined }),
    );
    const covered = (await readAvailabilitySource(ctx.db, customerId, a.contract_id)).components;
    const components = covered.length
      ? all.filter((c) =>
          covered.some((k) => k.serviceId === c.serviceId && (k.componentId === null || k.componentId === c.id)),
        )
      : all;
    const month: ContractMonth = {
      contractId: a.contract_id,
      title: contract?.doc.contract.title ?? a.contract_id,
      period,
      target: null,
      uptime: null,
      met: null,
      note: null,
      components,
    };
    try {
      const report = await availabilityReport(ctx, customerId, a.contract_id, period);
      const measured = report.time ?? report.requests;
      month.target = measured?.target.text ?? null;
      month.uptime = measured?.uptime ?? null;
      month.met = report.met;
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      month.note = e.message;
    }
    contracts.push(month);
  }
  const maintenance = (
    await maintenanceBetween(ctx.db, now - 30 * DAY, Number.MAX_SAFE_INTEGER, {
      customerId,
      withCancelled: true,
    })
  ).map((m) => maintenanceJson(m, now));
  const shown = contracts.flatMap((c) => c.components);
  const services = new Set(shown.map((k) => k.serviceId));
  const components = new Set(shown.map((k) => `${k.serviceId}/${k.id}`));
  // What an incident affects now is what its latest update names; one naming nothing is the provider's whole.
  const touches = (i: IncidentJson) => {
    const named = i.updates[i.updates.length - 1]?.components ?? [];
    return (
      !named.length ||
      named.some((n) =>
        n.componentId === null ? services.has(n.serviceId) : components.has(`${n.serviceId}/${n.componentId}`),
      )
    );
  };
  const ongoing = pub.ongoing.filter(touches);
  return { now, customerId, customerName: customer.name, contracts, ongoing, maintenance };
}
