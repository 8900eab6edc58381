import { readFile } from 'node:fs/promises';
import { seededRandom } from '@surety/engine';
import { join } from 'node:path';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { issueToken } from '../tokens/api-tokens.js';
import { assignContract } from '../contracts/assign.js';
import { createCustomer } from '../customers/create.js';
import { fireDueTimers } from '../clocks/fire-due-timers.js';
import { openTicket } from '../tickets/open.js';
import { recordExclusion } from '../availability/record-inputs.js';
import { openIncident } from '../incidents/post-update.js';
import { recordTicketEvent, type TicketEventInput } from '../tickets/record-event.js';
import { seedContracts } from '../contracts/seed.js';
import type { ServiceContext } from '../core/service-context.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CUSTOMERS = [
  {
    id: 'acme-telecom',
    name: 'Acme Telecom',
    contract: 'invoca-exhibit-b',
    orderForm: 'invoca-acme.yaml',
    severities: ['S1', 'S2', 'S3'],
    plans: [undefined],
  },
  {
    id: 'acme-corp',
    name: 'Acme Corp',
    contract: 'techjutsu-caller-verify',
    orderForm: 'techjutsu-acme.yaml',
    severities: ['P1', 'P2', 'P3', 'P4'],
    plans: [undefined],
  },
  {
    id: 'globex',
    name: 'Globex',
    contract: 'securenvoy-cloud-sla',
    severities: ['P1', 'P2', 'P3', 'P4'],
    plans: [undefined],
  },
  {
    id: 'initech',
    name: 'Initech',
    contract: 'numonix-ixcloud',
    severities: ['S1', 'S2', 'S3', 'S4'],
    plans: [undefined],
  },
  {
    id: 'umbrella',
    name: 'Umbrella',
    contract: 'tactful-engage-slt',
    orderForm: 'tactful-acme.yaml',
    severities: ['S1', 'S2', 'S3'],
    plans: ['standard', 'priority'],
  },
] as const;

export interface DemoSummary {
  customers: number;
  tickets: number;
  events: number;
  live: { ticket: string; breachesAt: number };
  tokens: { agent: string; customer: { customerId: string; token: string } };
}

/**
 * Loads a realistic quarter into the store as of `now`: a customer on each seed contract, about 60 support
 * requests each with their replies, waits and severity changes (every event recorded at its own instant, as
 * if received then), incidents and exclusions, and one live request whose first-response deadline falls two
 * minutes from now, so that a newcomer can watch the breach fire.
 */
export async function loadDemo(system: ServiceContext, contractsDir: string): Promise<DemoSummary | 'already loaded'> {
  if (await findCustomer(system.db, CUSTOMERS[0].id)) return 'already loaded';
  const now = system.now();
  const at = (t: number): ServiceContext => ({ ...system, now: () => t });
  const start = now - 90 * DAY;
  await seedContracts(at(start), contractsDir);
  const random = seededRandom(2026);
  let tickets = 0;
  let events = 0;
  for (const c of CUSTOMERS) {
    await createCustomer(at(start), { id: c.id, name: c.name });
    const orderForm =
      'orderForm' in c ? await readFile(join(contractsDir, 'order-forms', c.orderForm), 'utf8') : undefined;
    await assignContract(at(start), { customerId: c.id, contractId: c.contract, orderForm });
    for (let i = 0; i < 60; i++) {
      let t = start + Math.floor(random() * 85 * DAY);
      const id = `${c.id}-${1000 + i}`;
      const severity = c.severities[Math.floor(random() * c.severities.length)]!;
      const plan = c.plans[Math.floor(random() * c.plans.length)];
      const fields = {
        submitter_contact: 'ops@example.com',
        dependent_tenants_status: 'Okta up; ITSM up',
        impact: 'some users',
        details: 'see attached',
        description: 'error on login',
      };
      await openTicket(at(t), { id, customerId: c.id, contractId: c.contract, severity, plan, fields });
      const step = (maxHours: number) => (t += Math.floor(random() * maxHours * HOUR) + 60_000);
      const history: TicketEventInput[] = [{ type: 'replied', author: 'system', public: true }];
      const times = [step(0.02)];
      history.push({ type: 'replied', author: 'agent', public: true });
      times.push(step(12));
      if (random() < 0.4) {
        history.push(
          { type: 'status_changed', status: 'pending_customer' },
          { type: 'replied', author: 'customer', public: true },
          { type: 'status_changed', status: 'open' },
        );
        times.push(step(4), step(30), step(0.1));
      }
      if (random() < 0.1) {
        history.push({ type: 'severity_changed', severity: c.severities[Math.floor(random() * c.severities.length)]! });
        times.push(step(8));
      }
      history.push({ type: 'replied', author: 'agent', public: true }, { type: 'resolved' }, { type: 'closed' });
      times.push(step(24), step(48), step(72));
      for (let k = 0; k < history.length && times[k]! < now; k++) {
        await recordTicketEvent(at(times[k]!), id, { ...history[k]!, at: times[k] } as TicketEventInput);
        events++;
      }
      tickets++;
      events++;
    }
  }
  // Incidents and exclusions of the quarter: a partial outage, a maintenance with short notice, a customer-caused one.
  // Recorded when each was over (an incident recorded already over tells no one).
  const over = async (begin: number, minutes: number, fraction: number, title: string) =>
    openIncident(at(begin + minutes * 60_000), {
      title,
      kind: 'incident',
      text: title,
      fraction,
      components: [],
      start: begin,
      end: begin + minutes * 60_000,
    });
  await over(start + 20 * DAY, 95, 0.4, 'Authentication errors in one region');
  await over(start + 51 * DAY, 20, 1, 'Full outage during a database failover');
  await recordExclusion(at(start + 40 * DAY), {
    start: start + 51 * DAY,
    end: start + 51 * DAY + HOUR,
    category: 'scheduled_maintenance',
    reason: 'database failover rehearsal',
    noticeAt: start + 40 * DAY,
  });
  await recordExclusion(at(start + 20 * DAY), {
    customerId: 'acme-corp',
    start: start + 20 * DAY,
    end: start + 20 * DAY + 30 * 60_000,
    category: 'dependency_failure',
    reason: "customer's Okta tenant unavailable",
  });
  // The live request: Numonix Severity 1 (1 hour, 24x7) opened 58 minutes ago breaches in two minutes.
  const live = 'initech-live';
  await openTicket(at(now - 58 * 60_000), {
    id: live,
    customerId: 'initech',
    contractId: 'numonix-ixcloud',
    severity: 'S1',
    fields: {},
  });
  await fireDueTimers(system);
  const agent = (await issueToken(system, { role: 'agent', label: 'demo agent' })).token;
  const customer = (
    await issueToken(system, { role: 'customer', customerId: 'acme-corp', label: 'demo Acme Corp contact' })
  ).token;
  return {
    customers: CUSTOMERS.length,
    tickets: tickets + 1,
    events: events + 1,
    live: { ticket: live, breachesAt: now + 2 * 60_000 },
    tokens: { agent, customer: { customerId: 'acme-corp', token: customer } },
  };
}
