import { maintenanceBetween } from '../../storage/repositories/status-page-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import { maintenanceJson, type MaintenanceJson } from '../maintenance/maintenance-json.js';

const DAY = 86_400_000;

/**
 * Public maintenance (not one customer's) of the last 90 days and all to come, cancelled windows included: the feeds'
 * and calendar's windows.
 */
export async function publicMaintenance(ctx: ServiceContext): Promise<MaintenanceJson[]> {
  const now = ctx.now();
  return (await maintenanceBetween(ctx.db, now - 90 * DAY, Number.MAX_SAFE_INTEGER, { withCancelled: true })).map((m) =>
    maintenanceJson(m, now),
  );
}
