import { Temporal } from 'temporal-polyfill';
import type { CalendarSpec, ClosedDate, PublishedList } from './calendar-spec.js';
import { closedDatesOfYear } from './closed-dates.js';
import { businessDayMs } from './business-day.js';
import { localToEpochMs } from './local-time.js';
import { openIntervalsOfYear, type IntervalList } from './open-intervals.js';
import { firstAtOrAfter, lastAtOrBefore } from './sorted-search.js';
import { isoInstant, utcYear } from '../util/instant.js';

/** Years the engine answers for; outside them time zone and holiday data mean little. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2399;
const MIN_INSTANT = Temporal.Instant.from(`${FIRST_YEAR}-01-02T00:00:00Z`).epochMilliseconds;
const MAX_INSTANT = Temporal.Instant.from(`${LAST_YEAR}-12-30T00:00:00Z`).epochMilliseconds;
/** How far `add`, `nextOpen` and `nextClose` look for open time before calling a calendar closed for good. */
const MAX_SEARCH_YEARS = 10;
/**
 * Years of the instants taken in from outside (API, files): inside the years answered, with a spare year
 * before and room after for every deadline and window computed from them (a search looks ten years ahead).
 */
export const INPUT_FIRST_YEAR = FIRST_YEAR + 1;
export const INPUT_LAST_YEAR = LAST_YEAR - MAX_SEARCH_YEARS - 1;

export interface OpenWindow {
  start: number;
  end: number;
}

/**
 * Business-time arithmetic over one calendar (ARCHITECTURE.md, "Instants and calendars").
 *
 * Open time is held as sorted UTC intervals with the business time elapsed before each, built a year at a
 * time on first use and kept for the calendar's life; every query is two binary searches. The built years
 * always include one spare year either side of any instant answered, so that windows crossing New Year and
 * closures of neighbouring dates are final before they are used.
 */
export class BusinessCalendar {
  readonly name: string;
  readonly zone: string;
  /** Length of one business day, for "N business days" targets. */
  readonly businessDayMs: number;

  private readonly yearLists = new Map<number, IntervalList>();
  private firstYear = 0;
  private lastYear = -1;
  private lowSafe = Infinity; // instants in [lowSafe, highSafe) are answerable from the arrays
  private highSafe = -Infinity;
  private lowReady = Infinity; // instants in [lowReady, highReady) are also inside the supported years
  private highReady = -Infinity;
  private n = 0;
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  private cumStart = new Float64Array(0); // business time before interval i
  private cumEnd = new Float64Array(0); // business time up to the end of interval i

  constructor(
    readonly spec: CalendarSpec,
    /** Provider-published lists that replace the contract's initial copies (see holiday-coverage.ts). */
    readonly published: ReadonlyMap<string, PublishedList> = new Map(),
  ) {
    this.name = spec.name;
    this.zone = spec.zone;
    this.businessDayMs = businessDayMs(spec);
  }

  /** A calendar like this one with a provider-published closure list replaced (lists change at run time). */
  withPublishedList(list: string, dates: readonly ClosedDate[], through?: string): BusinessCalendar {
    const published = new Map(this.published);
    published.set(list, { dates, through });
    return new BusinessCalendar(this.spec, published);
  }

  /** The earliest instant at which `duration` ms of business time have elapsed since `t`. */
  add(t: number, duration: number): number {
    if (!(duration >= 0) || !Number.isFinite(duration)) {
      throw new RangeError(`duration must be a finite number of ms >= 0, got ${duration}`);
    }
    this.ensure(t);
    if (duration === 0) return t;
    const target = this.cumAt(t) + duration;
    for (let tries = 0; ; tries++) {
      const i = firstAtOrAfter(this.cumEnd, this.n, target);
      const result = i < this.n ? this.starts[i]! + (target - this.cumStart[i]!) : Infinity;
      if (result < this.highSafe) return result;
      this.giveUpAfter(tries, t);
      // Extending appends years after `t`, so the business time before `t` (and `target`) stays valid.
      this.extendUpTo(this.lastYear + 1);
    }
  }

  /** Business time in [a, b), in ms (negative when b < a). */
  between(a: number, b: number): number {
    this.ensure(a);
    this.ensure(b);
    return this.cumAt(b) - this.cumAt(a);
  }

  isOpen(t: number): boolean {
    this.ensure(t);
    const i = lastAtOrBefore(this.starts, this.n, t);
    return i >= 0 && t < this.ends[i]!;
  }

  /** `t` when open, else the next opening instant. */
  nextOpen(t: number): number {
    this.ensure(t);
    for (let tries = 0; ; tries++) {
      const i = lastAtOrBefore(this.starts, this.n, t);
      if (i >= 0 && t < this.ends[i]!) return t;
      const next = i + 1 < this.n ? this.starts[i + 1]! : Infinity;
      if (next < this.highSafe) return next;
      this.giveUpAfter(tries, t);
      this.extendUpTo(this.lastYear + 1);
    }
  }

  /** The end of the open period containing `t`, or of the next one when `t` is closed; Infinity if none for years. */
  nextClose(t: number): number {
    const open = this.nextOpen(t);
    // Looks MAX_SEARCH_YEARS past the opening's year, not past the years already built: repeated calls on a
    // calendar that never closes must not extend it again each time (and reach LAST_YEAR).
    const lastSearchYear = Math.min(utcYear(open) + MAX_SEARCH_YEARS + 1, LAST_YEAR + 1);
    for (;;) {
      const i = lastAtOrBefore(this.starts, this.n, open);
      const end = this.ends[i]!;
      // An end at or past highSafe may still merge with next year's first window (24x7, overnight).
      if (end < this.highSafe) return end;
      // A calendar open for years on end (24x7) never closes as far as any deadline is concerned.
      if (this.lastYear >= lastSearchYear) return Infinity;
      this.extendUpTo(this.lastYear + 1);
    }
  }

  /** The open windows within [a, b), clipped to it. */
  openWindows(a: number, b: number): OpenWindow[] {
    if (b <= a) return [];
    this.ensure(a);
    this.ensure(b);
    const out: OpenWindow[] = [];
    for (let i = Math.max(0, lastAtOrBefore(this.starts, this.n, a)); i < this.n && this.starts[i]! < b; i++) {
      const start = Math.max(a, this.starts[i]!);
      const end = Math.min(b, this.ends[i]!);
      if (end > start) out.push({ start, end });
    }
    return out;
  }

  private cumAt(x: number): number {
    const i = lastAtOrBefore(this.starts, this.n, x);
    if (i < 0) return 0;
    return x < this.ends[i]! ? this.cumStart[i]! + (x - this.starts[i]!) : this.cumEnd[i]!;
  }

  private giveUpAfter(tries: number, t: number): void {
    if (tries >= MAX_SEARCH_YEARS) {
      throw new RangeError(
        `calendar '${this.name}' has no open time within ${MAX_SEARCH_YEARS} years after ${isoInstant(t)}`,
      );
    }
  }

  /**
   * Every query starts here, so its common case is one range test and nothing else. With the two checks
   * below (and their messages) in front, V8's optimised code formatted `t` as a decimal string on every
   * call (Builtins_NumberToString under `add` in `perf`; removing either message removed it): `add` and
   * `between` ran 3-4x slower than the bare lookup (docs/benchmarks.md). Keep the messages off this path.
   */
  private ensure(t: number): void {
    if (t >= this.lowReady && t < this.highReady) return;
    this.prepare(t);
  }

  /** Refuses `t` unless it is a supported instant, and builds the years around it. */
  private prepare(t: number): void {
    if (!Number.isFinite(t)) throw new RangeError(`instant must be finite epoch ms, got ${t}`);
    if (t < MIN_INSTANT || t > MAX_INSTANT) {
      throw new RangeError(`instant ${t} is outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
    }
    if (t >= this.lowSafe && t < this.highSafe) return;
    const year = utcYear(t);
    if (this.lastYear < this.firstYear) this.rebuild(year - 1, year + 1);
    while (t < this.lowSafe) this.rebuild(this.firstYear - 1, this.lastYear);
    while (t >= this.highSafe) this.rebuild(this.firstYear, this.lastYear + 1);
  }

  private extendUpTo(year: number): void {
    if (year > LAST_YEAR + 1) throw new RangeError(`calendar '${this.name}' would need years past ${LAST_YEAR}`);
    this.rebuild(this.firstYear, year);
  }

  /** Concatenates the year lists of [from, to], merging windows that touch across New Year. */
  private rebuild(from: number, to: number): void {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let y = from; y <= to; y++) {
      const list = this.yearList(y);
      for (let k = 0; k < list.starts.length; k++) {
        const s = list.starts[k]!;
        const e = list.ends[k]!;
        const last = ends.length - 1;
        if (last >= 0 && s <= ends[last]!) ends[last] = Math.max(ends[last]!, e);
        else {
          starts.push(s);
          ends.push(e);
        }
      }
    }
    this.n = starts.length;
    this.starts = Float64Array.from(starts);
    this.ends = Float64Array.from(ends);
    this.cumStart = new Float64Array(this.n);
    this.cumEnd = new Float64Array(this.n);
    let cum = 0;
    for (let i = 0; i < this.n; i++) {
      this.cumStart[i] = cum;
      cum += ends[i]! - starts[i]!;
      this.cumEnd[i] = cum;
    }
    this.firstYear = from;
    this.lastYear = to;
    this.lowSafe = localToEpochMs(this.zone, Temporal.PlainDate.from({ year: from + 1, month: 1, day: 1 }), 0);
    this.highSafe = localToEpochMs(this.zone, Temporal.PlainDate.from({ year: to, month: 1, day: 1 }), 0);
    // MAX_INSTANT itself is supported but takes the slow path: the fast test's upper bound is exclusive.
    this.lowReady = Math.max(this.lowSafe, MIN_INSTANT);
    this.highReady = Math.min(this.highSafe, MAX_INSTANT);
  }

  private yearList(year: number): IntervalList {
    let list = this.yearLists.get(year);
    if (!list) {
      list = openIntervalsOfYear(this.spec, year, (y) => closedDatesOfYear(this.spec.closures, y, this.published));
      this.yearLists.set(year, list);
    }
    return list;
  }
}
