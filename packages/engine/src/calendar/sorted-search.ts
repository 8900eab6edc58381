/** Largest i with values[i] <= x, or -1. `values` ascending. */
export function lastAtOrBefore(values: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n; // answer is in [lo - 1, hi - 1]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Smallest i with values[i] >= x, or n. `values` ascending. */
export function firstAtOrAfter(values: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
