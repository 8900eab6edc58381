import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** The server's Server-Sent Events stream of recorded events and fired timers. */
export const EVENTS_PATH = '/events/stream';

/**
 * Keeps the shown data current: each event the server pushes makes the queries it touches stale (no polling).
 * A server without the stream (it answers 404) is left alone: countdowns still run and refresh at their deadlines.
 */
export function useLiveEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(EVENTS_PATH, { withCredentials: true });
    const refresh = (event: MessageEvent<string>) => {
      const ticket = ticketOf(event.data);
      void queryClient.invalidateQueries({ queryKey: ['clocks'] });
      void queryClient.invalidateQueries({ queryKey: ['overview'] });
      void queryClient.invalidateQueries({ queryKey: ticket ? ['ticket', ticket] : ['ticket'] });
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    };
    source.onmessage = refresh;
    for (const type of ['ticket', 'clock', 'event', 'timer']) source.addEventListener(type, refresh);
    // EventSource retries forever on its own; a stream that failed before it ever opened is not there.
    let opened = false;
    source.onopen = () => (opened = true);
    source.onerror = () => {
      if (!opened) source.close();
    };
    return () => source.close();
  }, [queryClient]);
}

function ticketOf(data: string): string | null {
  try {
    const parsed = JSON.parse(data) as { ticketId?: unknown; ticket?: unknown; id?: unknown };
    const id = parsed.ticketId ?? parsed.ticket;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
