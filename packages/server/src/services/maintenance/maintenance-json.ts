import type { ExclusionRow, MaintenanceStatus } from '../../storage/repositories/availability-repository.js';
import { wireInstant } from '../core/instants.js';

export interface MaintenanceJson {
  id: string;
  /** null: maintenance of the whole service, for every customer. */
  customerId: string | null;
  serviceId: string | null;
  componentId: string | null;
  start: string;
  end: string;
  reason: string;
  noticeAt: string | null;
  status: MaintenanceStatus;
  cancelledAt: string | null;
  createdAt: string;
}

/** Scheduled maintenance is stored as an exclusion of category scheduled_maintenance; this is its resource view. */
export function maintenanceJson(row: ExclusionRow, now: number): MaintenanceJson {
  const status: MaintenanceStatus =
    row.cancelled_at !== null
      ? 'cancelled'
      : now < row.start
        ? 'scheduled'
        : now < row.end
          ? 'in_progress'
          : 'completed';
  return {
    id: row.id,
    customerId: row.customer_id,
    serviceId: row.service_id,
    componentId: row.component_id,
    start: wireInstant(row.start),
    end: wireInstant(row.end),
    reason: row.reason,
    noticeAt: row.notice_at === null ? null : wireInstant(row.notice_at),
    status,
    cancelledAt: row.cancelled_at === null ? null : wireInstant(row.cancelled_at),
    createdAt: wireInstant(row.created_at),
  };
}
