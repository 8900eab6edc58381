import { z } from 'zod';
import { compileContract, holidayListCoverage, listEndsBefore } from '@surety/engine';
import { latestContractVersion, listContractIds } from '../../storage/repositories/contract-repository.js';
import { holidayListVersions } from '../../storage/repositories/holiday-list-repository.js';
import { requireOversight } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { publishedListsOf } from './holiday-lists.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

const DAY = 86_400_000;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/** A provider-published holiday list of a contract: how far the version in force reaches, and its versions. */
export const holidayListCoverageSchema = z.object({
  contractId: z.string(),
  list: z.string(),
  calendars: z.array(z.string()),
  version: z.number().int().describe("0: the contract's initial copy"),
  through: date.nullable().describe('the last date the list answers for; null when it holds no date'),
  origin: z.enum(['contract', 'published']),
  endsSoon: z.boolean().describe('runs out within warnWithinDays: publish the next list'),
  versions: z.array(
    z.object({
      version: z.number().int(),
      through: date,
      origin: z.string(),
      publishedAt: instantText,
      publishedBy: z.string(),
    }),
  ),
});
export type HolidayListCoverageJson = z.infer<typeof holidayListCoverageSchema>;

/**
 * The provider-published holiday lists of a contract (or of every contract), how far each reaches, and which run
 * out within `warnWithinDays` of now: an admin publishes the next year's list before a calendar silently treats its
 * holidays as working days.
 */
export async function holidayListsCoverage(
  ctx: ServiceContext,
  query: { contractId?: string; warnWithinDays: number },
): Promise<HolidayListCoverageJson[]> {
  requireOversight(ctx, 'read holiday lists');
  const ids =
    query.contractId !== undefined ? [query.contractId] : (await listContractIds(ctx.db)).map((c) => c.contract_id);
  const warnFrom = wireInstant(ctx.now() + query.warnWithinDays * DAY).slice(0, 10);
  const out: HolidayListCoverageJson[] = [];
  for (const contractId of ids) {
    const row = await latestContractVersion(ctx.db, contractId);
    if (!row) throw new ServiceError('not_found', `no contract ${contractId}`, 'contractId');
    const { lists } = await publishedListsOf(ctx.db, contractId);
    const contract = compileContract({ file: contractId, text: row.source }, undefined, lists).contract;
    if (!contract) continue; // parameters await an order form: its calendars are not built here
    const byList = new Map<string, HolidayListCoverageJson>();
    for (const calendar of contract.calendars.values()) {
      for (const c of holidayListCoverage(calendar)) {
        const known = byList.get(c.list);
        if (known) {
          known.calendars.push(c.calendar);
          continue;
        }
        const versions = await holidayListVersions(ctx.db, contractId, c.list);
        byList.set(c.list, {
          contractId,
          list: c.list,
          calendars: [c.calendar],
          version: versions[0]?.version ?? 0,
          through: c.through ?? null,
          origin: c.origin,
          endsSoon: listEndsBefore(c, warnFrom),
          versions: versions.map((v) => ({
            version: v.version,
            through: v.through,
            origin: v.origin,
            publishedAt: wireInstant(v.published_at),
            publishedBy: v.published_by,
          })),
        });
      }
    }
    out.push(...byList.values());
  }
  return out;
}
