import {
  contractAvailabilityReport,
  impactFromIncidents,
  isoInstant,
  outagesFromImpact,
  parsePeriod,
  type ContractAvailabilityReport,
  type Exclusion,
  type ExclusionCategory,
} from '@surety/engine';
import { exclusionsFor, incidentsBetween } from '../../storage/repositories/availability-repository.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

/** A customer's availability for a period under one of its contracts, from the recorded incidents and exclusions. */
export async function availabilityReport(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  periodLabel: string,
): Promise<ContractAvailabilityReport> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  const { contract } = await contractFor(ctx.db, customerId, contractId);
  const terms = contract.availability;
  if (!terms) {
    const why = contract.availabilityAwaits
      ? `needs ${contract.availabilityAwaits.join(', ')} from the order form`
      : 'has no availability section';
    throw new ServiceError('invalid', `contract ${contract.id} ${why}`, 'contract');
  }
  const period = parsePeriod(periodLabel, terms.zone);
  if (typeof period === 'string') throw new ServiceError('invalid', period, 'period');
  const incidents = await incidentsBetween(ctx.db, period.start, period.end);
  const outages = outagesFromImpact(impactFromIncidents(incidents), terms.outage);
  const exclusions: Exclusion[] = (await exclusionsFor(ctx.db, customerId, period.start, period.end)).map((x) => ({
    id: x.id,
    start: x.start,
    end: x.end,
    category: x.category as ExclusionCategory,
    reason: x.reason,
    noticeAt: x.notice_at ?? undefined,
    communicatedAt: x.communicated_at ?? undefined,
  }));
  const report = contractAvailabilityReport(
    terms,
    contract.credits,
    { kind: 'outages', outages },
    exclusions,
    periodLabel,
  );
  if (typeof report === 'string') throw new ServiceError('invalid', report, 'period');
  return report;
}

/** Reports as JSON with ISO instants. */
export function reportJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      typeof v === 'number' && /(^|[a-z])(start|end|At|asOf)$/.test(key) && Number.isFinite(v)
        ? isoInstant(v)
        : key === 'calendar'
          ? undefined
          : v,
    ),
  );
}
