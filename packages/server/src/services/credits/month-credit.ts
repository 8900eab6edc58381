import { parsePeriod, type CompiledContract, type CreditPolicy } from '@surety/engine';
import { availabilityReport } from '../availability/report.js';
import { contractFor } from '../contracts/compiled-contracts.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

/** A month's availability under a contract, as the credit rules need it. */
export interface MonthMeasure {
  contract: CompiledContract;
  period: string;
  periodStart: number;
  uptime: string | null;
  good: number;
  total: number;
  /**
   * The day service was last affected in the month: the start of its last counted downtime. The window runs from
   * it ("within thirty (30) days of the date service was affected", SecurEnvoy): the credit is for the month as a
   * whole, and the month's downtime is complete only with its last outage.
   */
  affectedAt?: number;
  policy?: CreditPolicy;
  zone: string;
}

/**
 * Measures a calendar month (in the contract's zone) with the same availability report the API serves, from the
 * incidents and exclusions recorded so far. Credits are per calendar month ("in any single calendar month").
 */
export async function measureMonth(
  ctx: ServiceContext,
  customerId: string,
  contractId: string,
  month: string,
): Promise<MonthMeasure> {
  if (!/^\d{4}-\d{2}$/.test(month))
    throw new ServiceError(
      'invalid',
      `credits are monthly: expected a month such as 2026-06, found '${month}'`,
      'period',
    );
  const report = await availabilityReport(ctx, customerId, contractId, month);
  const { contract } = await contractFor(ctx.db, ctx.caches.compiledContracts, customerId, contractId);
  const zone = contract.availability!.zone;
  const period = parsePeriod(month, zone);
  if (typeof period === 'string') throw new ServiceError('invalid', period, 'period');
  if (period.start > ctx.now()) throw new ServiceError('invalid', `${month} has not begun`, 'period');
  const measured = report.time ?? report.requests!;
  return {
    contract,
    period: month,
    periodStart: period.start,
    uptime: report.time?.uptime ?? report.requests?.uptime ?? null,
    good: measured.good,
    total: measured.total,
    affectedAt: report.time?.counted.at(-1)?.[0],
    policy: contract.credits,
    zone,
  };
}
