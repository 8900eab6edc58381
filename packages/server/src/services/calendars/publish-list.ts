import { compileContract, type ClosedDate } from '@surety/engine';
import { assignmentsToContracts, latestContractVersion } from '../../storage/repositories/contract-repository.js';
import { insertHolidayList } from '../../storage/repositories/holiday-list-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { recomputeOpenTickets, type MovedClock } from '../tickets/recompute-open.js';
import { calendarsUsing } from './holiday-lists.js';

export interface PublishListInput {
  contractId: string;
  list: string;
  dates: ClosedDate[];
  /** Last date the list answers for; default 31 December of its last date's year. */
  through?: string;
  /** 'api', or the iCalendar file or URL it came from. */
  origin: string;
}

export interface PublishListResult {
  contractId: string;
  list: string;
  version: number;
  through: string;
  dates: number;
  /** Open requests re-derived under the new list, and every deadline that moved. */
  recomputed: number;
  moved: (MovedClock & { customerId: string })[];
}

/**
 * Publishes a provider's holiday list (Invoca's "holidays as published by Invoca") as the next version of the list:
 * it replaces the contract's initial copy in every calendar that closes on it, for every customer of the contract,
 * and the open requests it moves are re-derived in the same transaction, as when a contract changes.
 */
export async function publishHolidayList(ctx: ServiceContext, input: PublishListInput): Promise<PublishListResult> {
  requireStaffWrite(ctx);
  const row = await latestContractVersion(ctx.db, input.contractId);
  if (!row) throw new ServiceError('not_found', `no contract ${input.contractId}`, 'contractId');
  const compiled = compileContract({ file: input.contractId, text: row.source });
  const declared = compiled.contract ? calendarsUsing(compiled.contract, input.list) : [];
  if (compiled.contract && !declared.length) {
    const lists = [...compiled.contract.calendars.values()].flatMap((c) =>
      c.spec.closures.flatMap((r) => (r.kind === 'published' ? [r.list] : [])),
    );
    throw new ServiceError(
      'not_found',
      `contract ${input.contractId} has no published holiday list '${input.list}'${lists.length ? ` (lists: ${[...new Set(lists)].join(', ')})` : ''}`,
      'list',
    );
  }
  const dates = [...input.dates].sort((a, b) => a.date.localeCompare(b.date) || a.from - b.from);
  dates.forEach((d, i) => {
    if (d.to <= d.from) throw new ServiceError('invalid', `dates/${i}: 'to' must be after 'from'`, `dates.${i}`);
  });
  const last = dates.at(-1)?.date;
  const through = input.through ?? (last ? `${last.slice(0, 4)}-12-31` : undefined);
  if (!through)
    throw new ServiceError('invalid', 'an empty list needs `through`: the last date it answers for', 'through');
  if (last && through < last)
    throw new ServiceError('invalid', `through ${through} is before the list's last date ${last}`, 'through');
  return writeTransaction(ctx, async (trx) => {
    const version = await insertHolidayList(trx, {
      contract_id: input.contractId,
      list: input.list,
      dates: JSON.stringify(dates),
      through,
      origin: input.origin,
      published_at: ctx.now(),
      published_by: ctx.principal.actor,
    });
    let recomputed = 0;
    const moved: PublishListResult['moved'] = [];
    for (const a of await assignmentsToContracts(trx, [input.contractId])) {
      const r = await recomputeOpenTickets(trx, ctx, a.customer_id, a.contract_id, a.contract_version);
      recomputed += r.tickets;
      moved.push(...r.moved.map((m) => ({ ...m, customerId: a.customer_id })));
    }
    await recordAudit(trx, ctx, 'holiday_list.published', `contract:${input.contractId}/${input.list}@${version}`, {
      dates: dates.length,
      through,
      origin: input.origin,
      recomputed,
      moved: moved.length,
    });
    return { contractId: input.contractId, list: input.list, version, through, dates: dates.length, recomputed, moved };
  });
}
