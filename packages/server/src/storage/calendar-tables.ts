/**
 * Provider-published holiday lists (Invoca's "holidays as published by Invoca", SecurEnvoy's "designated company
 * holidays"): every version kept, the latest in force. A list belongs to a contract id and replaces that contract's
 * initial copy of the list of the same name in every version of it.
 */
export interface HolidayListTable {
  contract_id: string;
  list: string;
  version: number;
  dates: string; // JSON array of { date, from, to, name } (local dates, minutes after midnight)
  /** Last date the list answers for (YYYY-MM-DD, inclusive). */
  through: string;
  /** Where it came from: 'api', or the iCalendar file or URL it was imported from. */
  origin: string;
  published_at: number;
  published_by: string;
}

export interface CalendarTables {
  holiday_lists: HolidayListTable;
}
