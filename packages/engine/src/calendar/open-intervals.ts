import { Temporal } from 'temporal-polyfill';
import { WEEKDAY_NUMBER, type CalendarSpec, type ClosedDate } from './calendar-spec.js';
import { localToEpochMs } from './local-time.js';

/** Sorted, disjoint, non-adjacent half-open UTC intervals [start, end) in epoch ms. */
export interface IntervalList {
  starts: number[];
  ends: number[];
}

/**
 * The open intervals of every window that starts on a local date of `year` (an overnight window that
 * starts on 31 December ends in the next year), less the closed dates. Built once per calendar and year;
 * this is the only place that walks day by day.
 */
export function openIntervalsOfYear(
  spec: CalendarSpec,
  year: number,
  closedDates: (year: number) => readonly ClosedDate[],
): IntervalList {
  const open: [number, number][] = [];
  const first = Temporal.PlainDate.from({ year, month: 1, day: 1 });
  const next = Temporal.PlainDate.from({ year: year + 1, month: 1, day: 1 });
  if (spec.weekly === '24x7') {
    open.push([localToEpochMs(spec.zone, first, 0), localToEpochMs(spec.zone, next, 0)]);
  } else {
    const byWeekday = new Map<number, [number, number][]>();
    for (const w of spec.weekly) {
      const end = w.end <= w.start ? w.end + 1440 : w.end;
      for (const d of w.days) {
        const n = WEEKDAY_NUMBER[d];
        byWeekday.set(n, [...(byWeekday.get(n) ?? []), [w.start, end]]);
      }
    }
    for (let day = first; Temporal.PlainDate.compare(day, next) < 0; day = day.add({ days: 1 })) {
      for (const [start, end] of byWeekday.get(day.dayOfWeek) ?? []) {
        const s = localToEpochMs(spec.zone, day, start);
        const e = localToEpochMs(spec.zone, day, end);
        if (e > s) open.push([s, e]);
      }
    }
  }
  // Overnight windows reach one day either side of the year, so closures of the neighbouring years count.
  const closed: [number, number][] = [];
  for (const y of [year - 1, year, year + 1]) {
    for (const c of closedDates(y)) {
      const date = Temporal.PlainDate.from(c.date);
      closed.push([localToEpochMs(spec.zone, date, c.from), localToEpochMs(spec.zone, date, c.to)]);
    }
  }
  return subtract(merge(open), merge(closed));
}

/** Sorts and merges overlapping or touching intervals. */
export function merge(intervals: [number, number][]): IntervalList {
  intervals.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of intervals) {
    const last = ends.length - 1;
    if (last >= 0 && s <= ends[last]!) ends[last] = Math.max(ends[last]!, e);
    else {
      starts.push(s);
      ends.push(e);
    }
  }
  return { starts, ends };
}

/** `a` less `b`, both merged lists. */
function subtract(a: IntervalList, b: IntervalList): IntervalList {
  const out: IntervalList = { starts: [], ends: [] };
  let j = 0;
  for (let i = 0; i < a.starts.length; i++) {
    let s = a.starts[i]!;
    const e = a.ends[i]!;
    while (j < b.starts.length && b.ends[j]! <= s) j++;
    let k = j;
    while (k < b.starts.length && b.starts[k]! < e) {
      if (b.starts[k]! > s) {
        out.starts.push(s);
        out.ends.push(b.starts[k]!);
      }
      s = Math.max(s, b.ends[k]!);
      k++;
    }
    if (s < e) {
      out.starts.push(s);
      out.ends.push(e);
    }
  }
  return out;
}
