import {
  holidayListCoverage,
  type BusinessCalendar,
  type ClosedDate,
  type CompiledContract,
  type PublishedList,
} from '@surety/engine';
import { latestHolidayLists, type HolidayListRow } from '../../storage/repositories/holiday-list-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';

/** The published lists in force for a contract, as the engine takes them (by list name). */
export async function publishedListsOf(
  db: Executor,
  contractId: string,
): Promise<{
  lists: Map<string, PublishedList>;
  /** "list@version,…": what a compiled contract with these lists is cached under. */
  key: string;
}> {
  const rows = await latestHolidayLists(db, contractId);
  return {
    lists: new Map(rows.map((r) => [r.list, { dates: datesOf(r), through: r.through }])),
    key: rows.map((r) => `${r.list}@${r.version}`).join(','),
  };
}

export function datesOf(row: HolidayListRow): ClosedDate[] {
  return JSON.parse(row.dates) as ClosedDate[];
}

/** Whether any calendar of a compiled contract closes on a provider-published list. */
export function usesPublishedLists(contract: CompiledContract): boolean {
  return [...contract.calendars.values()].some((c) => c.spec.closures.some((r) => r.kind === 'published'));
}

/** The calendars of a contract that close on the list named. */
export function calendarsUsing(contract: CompiledContract, list: string): BusinessCalendar[] {
  return [...contract.calendars.values()].filter((c) => holidayListCoverage(c).some((l) => l.list === list));
}
