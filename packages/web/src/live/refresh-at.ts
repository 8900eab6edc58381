import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Refreshes a query when the earliest of these instants arrives (a deadline or warning falling due), so a
 * breach shows at its moment without polling. Instants in the past or absent are ignored.
 */
export function useRefreshAt(queryKey: QueryKey, instants: (string | null | undefined)[]): void {
  const queryClient = useQueryClient();
  const now = Date.now();
  let next = Infinity;
  for (const iso of instants) {
    const t = iso ? Date.parse(iso) : NaN;
    if (t > now && t < next) next = t;
  }
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    if (!Number.isFinite(next)) return;
    // A moment after the deadline, so the server's timer has fired and recorded the breach.
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey }),
      Math.min(next - Date.now() + 1500, 2 ** 31 - 1),
    );
    return () => clearTimeout(timer);
  }, [next, key, queryClient]);
}
