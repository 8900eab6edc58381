/**
 * Sets of half-open UTC intervals [start, end) in epoch ms, kept sorted, disjoint and non-touching.
 * The arithmetic of availability: outages less exclusions, clipped to a period.
 */
export type Interval = readonly [number, number];

export function normalize(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** a ∩ b, both normalized. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i]![0], b[j]![0]);
    const e = Math.min(a[i]![1], b[j]![1]);
    if (e > s) out.push([s, e]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

/** a − b, both normalized. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [start, end] of a) {
    let s = start;
    while (j < b.length && b[j]![1] <= s) j++;
    for (let k = j; k < b.length && b[k]![0] < end; k++) {
      if (b[k]![0] > s) out.push([s, b[k]![0]]);
      s = Math.max(s, b[k]![1]);
    }
    if (s < end) out.push([s, end]);
  }
  return out;
}

export function clip(a: readonly Interval[], from: number, to: number): Interval[] {
  return intersect(a, [[from, to]]);
}

export function totalLength(a: readonly Interval[]): number {
  let sum = 0;
  for (const [s, e] of a) sum += e - s;
  return sum;
}
