import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import type { ClosedDate, ClosureRule, PublishedList } from './calendar-spec.js';
import { statutoryDatesOfYear } from './statutory-sets.js';

/**
 * Expands a calendar's closure rules into the closed local dates of one year. `published` holds the
 * current contents of provider-published lists, which replace the contract's initial copy.
 */
export function closedDatesOfYear(
  rules: readonly ClosureRule[],
  year: number,
  published: ReadonlyMap<string, PublishedList>,
): ClosedDate[] {
  const prefix = `${year}-`;
  const out: ClosedDate[] = [];
  for (const rule of rules) {
    switch (rule.kind) {
      case 'holidays':
        out.push(...holidaysOfYear(rule.country, rule.region, rule.types, year));
        break;
      case 'statutory':
        out.push(...statutoryDatesOfYear(rule.set, year));
        break;
      case 'dates':
        out.push(...rule.dates.filter((d) => d.date.startsWith(prefix)));
        break;
      case 'published':
        out.push(...(published.get(rule.list)?.dates ?? rule.initial).filter((d) => d.date.startsWith(prefix)));
        break;
    }
  }
  return out;
}

const holidayCache = new Map<string, ClosedDate[]>();
const DAY_MS = 86_400_000;

function holidaysOfYear(country: string, region: string | undefined, types: string[], year: number): ClosedDate[] {
  const key = `${country}/${region ?? ''}/${types.join(',')}/${year}`;
  let cached = holidayCache.get(key);
  if (!cached) {
    const source = region ? new Holidays(country, region) : new Holidays(country);
    cached = source
      .getHolidays(year, 'en')
      .filter((h) => types.includes(h.type))
      // `date` is local wall time in the country ("2026-12-24 14:00:00"; a "-0600" suffix marks an eve
      // start that we ignore: the contract closes the named date). A start after midnight is a partial day.
      // A holiday of several days (Egypt's Eid al-Adha, rule "P4D") closes each of its dates: `end − start`
      // is whole days (± a DST hour) less the part of the first day before a partial start.
      .flatMap((h) => {
        const [date = '', time = '00:00:00'] = h.date.split(' ');
        const [hh = '0', mm = '0'] = time.split(':');
        const from = Number(hh) * 60 + Number(mm);
        const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS + from / 1440));
        const first = Temporal.PlainDate.from(date);
        return Array.from({ length: days }, (_, i) => ({
          date: i === 0 ? date : first.add({ days: i }).toString(),
          from: i === 0 ? from : 0,
          to: 1440,
          name: h.name,
        }));
      });
    holidayCache.set(key, cached);
  }
  return cached;
}

/** Whether `country` (and `region`) is known to `date-holidays`. */
export function isKnownHolidaySet(country: string, region?: string): boolean {
  const source = new Holidays();
  const countries = source.getCountries('en');
  if (!countries[country]) return false;
  if (region === undefined) return true;
  const regions = source.getStates(country, 'en') ?? {};
  return region in regions;
}
