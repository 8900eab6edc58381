/** A clock's business hours as the server answered them: open or not, and when that next changes (null: never). */
export interface BusinessHours {
  open: boolean;
  changesAt: string | null;
}

/**
 * Business time left at `now`, from the server's figure at `asOf`: it runs down only while the business hours are
 * open. The one change of hours the server named (closing, or opening) is followed; what comes after it is known at
 * the next answer, which the page fetches at each deadline and event. `open` is whether the hours are open at `now`
 * as far as that goes, `resumesAt` when they open again (when known).
 */
export function businessLeft(
  remainingMs: number,
  asOf: number,
  now: number,
  hours: BusinessHours,
): { leftMs: number; open: boolean; resumesAt: number | null } {
  const change = hours.changesAt === null ? null : Date.parse(hours.changesAt);
  const elapsed = Math.max(0, now - asOf);
  if (hours.open) {
    if (change !== null && now >= change)
      return { leftMs: remainingMs - Math.max(0, change - asOf), open: false, resumesAt: null };
    return { leftMs: remainingMs - elapsed, open: true, resumesAt: null };
  }
  if (change !== null && now >= change) return { leftMs: remainingMs - (now - change), open: true, resumesAt: null };
  return { leftMs: remainingMs, open: false, resumesAt: change };
}
