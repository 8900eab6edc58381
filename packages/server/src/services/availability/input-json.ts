import { z } from 'zod';
import type { ExclusionRow } from '../../storage/repositories/availability-repository.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';

const iso = (t: number | null) => (t === null ? null : wireInstant(t));

/** An exclusion, for every customer (customerId null) or one. */
export const exclusionSchema = z.object({
  id: z.string(),
  customerId: z.string().nullable(),
  start: instantText,
  end: instantText,
  category: z.string(),
  reason: z.string(),
  noticeAt: instantText.nullable(),
  communicatedAt: instantText.nullable(),
  serviceId: z.string().nullable(),
  componentId: z.string().nullable(),
  cancelledAt: instantText.nullable().describe('cancelled maintenance: kept as a record, excludes nothing'),
  createdAt: instantText,
});
export type ExclusionJson = z.infer<typeof exclusionSchema>;

export function exclusionJson(r: ExclusionRow): ExclusionJson {
  return {
    id: r.id,
    customerId: r.customer_id,
    start: wireInstant(r.start),
    end: wireInstant(r.end),
    category: r.category,
    reason: r.reason,
    noticeAt: iso(r.notice_at),
    communicatedAt: iso(r.communicated_at),
    serviceId: r.service_id,
    componentId: r.component_id,
    cancelledAt: iso(r.cancelled_at),
    createdAt: wireInstant(r.created_at),
  };
}
