import {
  contractAvailabilityReport,
  impactFromIncidents,
  normalize,
  outagesFromImpact,
  parsePeriod,
  type ContractAvailabilityReport,
  type Exclusion,
  type ExclusionCategory,
  type SliInput,
} from '@surety/engine';
import { exclusionsFor } from '../../storage/repositories/availability-repository.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { impactSegments } from './component-uptime.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { readAvailabilitySource, type AvailabilitySourceJson } from '../monitors/availability-source.js';
import { coveredMonitors, monitorOutages, monitorRequestRows } from '../monitors/contract-outages.js';
import { wireInstant } from '../core/instants.js';

/**
 * A customer's availability for a period under one of its contracts, from the recorded incidents, the monitors of
 * the components it covers, or both (the contract's availability source, shown on the report), and exclusions.
 */
export async function availabilityReport(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  periodLabel: string,
): Promise<ContractAvailabilityReport & { source: AvailabilitySourceJson }> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  const { contract } = await contractFor(ctx.db, ctx.caches.compiledContracts, customerId, contractId);
  const terms = contract.availability;
  if (!terms) {
    const why = contract.availabilityAwaits
      ? `needs ${contract.availabilityAwaits.join(', ')} from the order form`
      : 'has no availability section';
    throw new ServiceError('invalid', `contract ${contract.id} ${why}`, 'contract');
  }
  const period = parsePeriod(periodLabel, terms.zone);
  if (typeof period === 'string') throw new ServiceError('invalid', period, 'period');
  const source = await readAvailabilitySource(ctx.db, customerId, contractId);
  // The impact of incidents (an open one counts up to now).
  const declared =
    source.rules === 'monitors'
      ? []
      : outagesFromImpact(
          impactFromIncidents(await impactSegments(ctx.db, period.start, period.end, ctx.now())),
          terms.outage,
        );
  let input: SliInput = { kind: 'outages', outages: declared };
  if (source.rules !== 'incidents') {
    const monitors = await coveredMonitors(ctx.db, source.components);
    if (terms.sli === 'requests' && source.rules === 'monitors')
      input = { kind: 'requests', rows: await monitorRequestRows(ctx.db, monitors, period.start, period.end) };
    else {
      const measured = await monitorOutages(ctx.db, monitors, terms, period.start, Math.min(period.end, ctx.now()));
      input = { kind: 'outages', outages: normalize([...declared, ...measured]) };
    }
  }
  const exclusions: Exclusion[] = (await exclusionsFor(ctx.db, customerId, period.start, period.end)).map((x) => ({
    id: x.id,
    start: x.start,
    end: x.end,
    category: x.category as ExclusionCategory,
    reason: x.reason,
    noticeAt: x.notice_at ?? undefined,
    communicatedAt: x.communicated_at ?? undefined,
  }));
  const report = contractAvailabilityReport(terms, contract.credits, input, exclusions, periodLabel);
  if (typeof report === 'string') throw new ServiceError('invalid', report, 'period');
  return { ...report, source };
}

/**
 * Reports as JSON with ISO instants, by key name: the content of monthly statements, kept as they were issued
 * (a statement's content is hashed, and a new shape would make a revision of every issued month). The API and the
 * CLI show reports through report-json.ts.
 */
export function reportJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      typeof v === 'number' && /(^|[a-z])(start|end|At|asOf)$/.test(key) && Number.isFinite(v)
        ? wireInstant(v)
        : key === 'calendar'
          ? undefined
          : v,
    ),
  );
}
