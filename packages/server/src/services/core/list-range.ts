import { parsePeriod } from '@surety/engine';
import { ServiceError } from './service-context.js';

/** How lists are narrowed in time: `from`/`to` instants, or a month. */
export interface RangeFilter {
  from?: number;
  to?: number;
  /** YYYY-MM. */
  period?: string;
}

/**
 * The [from, to) a list filter names. A `period` month is a UTC month here: lists span customers whose contracts
 * keep different zones, so a contract-zone month is left to the reports (availability, credits) that have one.
 */
export function listRange(filter: RangeFilter): { from?: number; to?: number } {
  if (filter.period !== undefined) {
    if (filter.from !== undefined || filter.to !== undefined)
      throw new ServiceError('invalid', 'give either period or from/to, not both', 'period');
    if (!/^\d{4}-\d{2}$/.test(filter.period))
      throw new ServiceError('invalid', `expected a month such as 2026-06, found '${filter.period}'`, 'period');
    const month = parsePeriod(filter.period, 'UTC');
    if (typeof month === 'string') throw new ServiceError('invalid', month, 'period');
    return { from: month.start, to: month.end };
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.to <= filter.from)
    throw new ServiceError('invalid', 'to is not after from', 'to');
  return { from: filter.from, to: filter.to };
}
