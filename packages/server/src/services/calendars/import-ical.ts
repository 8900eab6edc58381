import ical from 'node-ical';
import { latestContractVersion } from '../../storage/repositories/contract-repository.js';
import { compileContract, localDateOf, type ClosedDate } from '@surety/engine';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { calendarsUsing } from './holiday-lists.js';
import { publishHolidayList, type PublishListResult } from './publish-list.js';

const DAY = 86_400_000;
/** An iCalendar fetched from a URL is read only this long, and only this large. */
const FETCH_TIMEOUT_MS = 10_000;
const MAX_ICS_BYTES = 1_000_000;

/**
 * Publishes a holiday list from an iCalendar file (its text) or URL: each all-day event closes its dates (an event
 * of several days each of them); a timed event closes its hours on its local date, in the zone of the calendar
 * that closes on the list.
 */
export async function importHolidayList(
  ctx: ServiceContext,
  input: { contractId: string; list: string; ics?: string; url?: string; through?: string },
): Promise<PublishListResult> {
  if ((input.ics === undefined) === (input.url === undefined))
    throw new ServiceError('invalid', 'give the iCalendar text (ics) or its URL (url), one of them', 'ics');
  const text = input.ics ?? (await fetchIcs(input.url!));
  let events: ical.VEvent[];
  try {
    events = Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
  } catch (e) {
    throw new ServiceError('invalid', `not an iCalendar file: ${(e as Error).message}`, input.ics ? 'ics' : 'url');
  }
  const zone = await zoneOfList(ctx, input.contractId, input.list);
  const dates = events.flatMap((e, i) => {
    const start = e.start as Date | undefined;
    if (!(start instanceof Date) || Number.isNaN(start.getTime()) || (e.end && Number.isNaN(e.end.getTime())))
      throw new ServiceError('invalid', `event ${i + 1} (${e.uid ?? 'no UID'}) has no valid DTSTART/DTEND`, 'ics');
    return datesOfEvent(e, zone);
  });
  return publishHolidayList(ctx, {
    contractId: input.contractId,
    list: input.list,
    dates,
    through: input.through,
    origin: input.url ?? 'iCalendar file',
  });
}

async function fetchIcs(url: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new ServiceError('invalid', 'url must be an http(s) URL', 'url');
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (e) {
    throw new ServiceError('invalid', `could not fetch ${url}: ${(e as Error).message}`, 'url');
  }
  if (!response.ok) throw new ServiceError('invalid', `fetching ${url} answered ${response.status}`, 'url');
  const text = await response.text();
  if (text.length > MAX_ICS_BYTES) throw new ServiceError('invalid', `${url} is larger than 1 MB`, 'url');
  return text;
}

async function zoneOfList(ctx: ServiceContext, contractId: string, list: string): Promise<string> {
  const row = await latestContractVersion(ctx.db, contractId);
  if (!row) throw new ServiceError('not_found', `no contract ${contractId}`, 'contractId');
  const contract = compileContract({ file: contractId, text: row.source }).contract;
  return (contract && calendarsUsing(contract, list)[0]?.zone) ?? 'UTC';
}

function datesOfEvent(e: ical.VEvent, zone: string): ClosedDate[] {
  const name = typeof e.summary === 'string' ? e.summary : (e.summary?.val ?? 'holiday');
  const start = e.start as Date & { dateOnly?: boolean };
  if (start.dateOnly) {
    // node-ical gives an all-day date as local midnight of this process: its local getters are the date.
    const first = Date.UTC(start.getFullYear(), start.getMonth(), start.getDate());
    const end = e.end as Date | undefined;
    const last = end ? Date.UTC(end.getFullYear(), end.getMonth(), end.getDate()) : first + DAY;
    const out: ClosedDate[] = [];
    for (let t = first; t < Math.max(last, first + DAY); t += DAY)
      out.push({ date: new Date(t).toISOString().slice(0, 10), from: 0, to: 1440, name });
    return out;
  }
  const from = localDateOf(zone, start.getTime());
  const end = (e.end as Date | undefined)?.getTime() ?? start.getTime();
  const minutes = (t: number) => {
    const local = new Date(t).toLocaleTimeString('en-GB', { timeZone: zone, hour12: false }).split(':');
    return Number(local[0]) * 60 + Number(local[1]);
  };
  const sameDay = localDateOf(zone, end).equals(from);
  return [{ date: from.toString(), from: minutes(start.getTime()), to: sameDay ? minutes(end) : 1440, name }];
}
