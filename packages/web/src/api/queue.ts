import type { paths } from '@surety/client';
import { api, ok } from './client';

export type QueueItem = paths['/clocks']['get']['responses'][200]['content']['application/json']['items'][number];

/** The whole live queue (page after page, up to `max` requests), overdue first as the server orders it. */
export interface QueueFilter {
  customer?: string;
  severity?: string;
  /** A user's id, or 'none' for the requests assigned to no one. */
  assignee?: string;
}

export async function fetchQueue(filter: QueueFilter, max = 10_000): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  let cursor: string | undefined;
  do {
    const query = {
      customerId: filter.customer,
      severity: filter.severity,
      ...(filter.assignee === 'none'
        ? { unassigned: 'true' as const }
        : filter.assignee
          ? { assigneeId: filter.assignee }
          : {}),
      limit: 500,
      cursor,
    };
    const page = ok(await api.GET('/clocks', { params: { query } }));
    items.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor && items.length < max);
  return items;
}
