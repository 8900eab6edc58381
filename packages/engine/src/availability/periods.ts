import { Temporal } from 'temporal-polyfill';
import { localToEpochMs } from '../calendar/local-time.js';

/** A reporting period: [start, end) in UTC, named as the contract's zone sees it. */
export interface Period {
  label: string;
  start: number;
  end: number;
  zone: string;
}

/**
 * Parses a period label in a zone: a month `2026-02`, a day `2026-02-14`, an ISO week `2026-W07`, a quarter
 * `2026-Q1`, a year `2026`, or a custom range of local dates or instants (`2026-02-01/2026-02-15`, `2026-02-01T00:00Z/2026-02-15T12:00Z`). Calendar periods start
 * and end at local midnight, so a month across a DST change is an hour shorter or longer.
 */
export function parsePeriod(label: string, zone: string): Period | string {
  const at = (d: Temporal.PlainDate) => localToEpochMs(zone, d, 0);
  const make = (from: Temporal.PlainDate, to: Temporal.PlainDate): Period => ({
    label,
    start: at(from),
    end: at(to),
    zone,
  });
  try {
    let m: RegExpExecArray | null;
    if ((m = /^(\d{4})-(\d{2})$/.exec(label))) {
      const from = Temporal.PlainDate.from({ year: +m[1]!, month: +m[2]!, day: 1 }, { overflow: 'reject' });
      return make(from, from.add({ months: 1 }));
    }
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label))) {
      const from = Temporal.PlainDate.from(label, { overflow: 'reject' });
      return make(from, from.add({ days: 1 }));
    }
    if ((m = /^(\d{4})-W(\d{2})$/.exec(label))) {
      const jan4 = Temporal.PlainDate.from({ year: +m[1]!, month: 1, day: 4 });
      const from = jan4.subtract({ days: jan4.dayOfWeek - 1 }).add({ weeks: +m[2]! - 1 });
      // 28 December is always in its year's last ISO week, so its week number is how many weeks the year has (52 or
      // 53); 31 December may already be week 1 of the next year.
      const weeks = Temporal.PlainDate.from({ year: +m[1]!, month: 12, day: 28 }).weekOfYear!;
      if (+m[2]! < 1 || +m[2]! > weeks) return `no week ${m[2]} in ${m[1]} (it has ${weeks})`;
      return make(from, from.add({ weeks: 1 }));
    }
    if ((m = /^(\d{4})-Q([1-4])$/.exec(label))) {
      const from = Temporal.PlainDate.from({ year: +m[1]!, month: (+m[2]! - 1) * 3 + 1, day: 1 });
      return make(from, from.add({ months: 3 }));
    }
    if ((m = /^(\d{4})$/.exec(label))) {
      const from = Temporal.PlainDate.from({ year: +m[1]!, month: 1, day: 1 });
      return make(from, from.add({ years: 1 }));
    }
    if ((m = /^(.+)\/(.+)$/.exec(label))) {
      // Each side is a local date (midnight in the zone) or an instant with an offset.
      const side = (x: string) =>
        /^\d{4}-\d{2}-\d{2}$/.test(x) ? at(Temporal.PlainDate.from(x)) : Temporal.Instant.from(x).epochMilliseconds;
      const start = side(m[1]!);
      const end = side(m[2]!);
      if (end <= start) return `the range ${label} ends before it starts`;
      return { label, start, end, zone };
    }
  } catch {
    return `'${label}' is not a valid period`;
  }
  return `expected a period such as 2026-02, 2026-02-14, 2026-W07, 2026-Q1, 2026 or START/END, found '${label}'`;
}
