import { findComponent, findService } from '../../storage/repositories/service-repository.js';
import {
  findMonitor,
  insertMonitor,
  nextMonitorKey,
  type MonitorRow,
} from '../../storage/repositories/monitor-repository.js';
import { recordAudit } from '../audit/log.js';
import { shownOnce } from '../core/idempotency.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import type { MonitorConfig } from './monitor-config.js';
import { monitorJson, type MonitorJson } from './monitor-json.js';
import { newPushToken } from './push-token.js';

export interface MonitorInput {
  id: string;
  serviceId: string;
  componentId?: string | null;
  name: string;
  config: MonitorConfig;
  intervalSeconds: number;
  locations?: string[];
  /** What a confirmed failure opens (services/monitors/alerts.ts); default draft. */
  incidents?: MonitorRow['incidents'];
}

/** Pushed types (heartbeats, posted request counts) run at no location: their jobs push to the server. */
export const PUSH_LOCATION = 'push';

export function locationsOf(input: Pick<MonitorInput, 'config' | 'locations'>): string[] {
  const pushed = input.config.type === 'heartbeat' || (input.config.type === 'requests' && !input.config.prometheus);
  if (pushed) return [PUSH_LOCATION];
  return input.locations?.length ? [...new Set(input.locations)] : ['local'];
}

/** Adds a monitor to a service (and component); heartbeat and request-count monitors get a push token. */
export async function createMonitor(
  ctx: ServiceContext,
  input: MonitorInput,
): Promise<MonitorJson & { pushToken: string | null }> {
  requireAdmin(ctx);
  const now = ctx.now();
  const push = input.config.type === 'heartbeat' || input.config.type === 'requests' ? newPushToken() : undefined;
  return writeTransaction(ctx, async (trx) => {
    if (await findMonitor(trx, input.id)) throw new ServiceError('conflict', `monitor ${input.id} exists`, 'id');
    await checkComponent(trx, input.serviceId, input.componentId ?? null);
    const row = {
      id: input.id,
      key: await nextMonitorKey(trx),
      service_id: input.serviceId,
      component_id: input.componentId ?? null,
      name: input.name,
      type: input.config.type,
      config: JSON.stringify(input.config),
      interval_ms: input.intervalSeconds * 1000,
      locations: JSON.stringify(locationsOf(input)),
      push_token_hash: push?.hash ?? null,
      incidents: input.incidents ?? 'draft',
      created_at: now,
      updated_at: now,
    };
    await insertMonitor(trx, row);
    await recordAudit(trx, ctx, 'monitor.created', `monitor:${input.id}`, {
      serviceId: row.service_id,
      componentId: row.component_id,
      type: row.type,
    });
    return shownOnce({ ...monitorJson(row), pushToken: push?.token ?? null }, 'pushToken');
  });
}

export async function checkComponent(
  db: Parameters<typeof findService>[0],
  serviceId: string,
  componentId: string | null,
): Promise<void> {
  if (!(await findService(db, serviceId))) throw new ServiceError('not_found', `no service ${serviceId}`, 'serviceId');
  if (componentId !== null && !(await findComponent(db, serviceId, componentId)))
    throw new ServiceError('not_found', `service ${serviceId} has no component ${componentId}`, 'componentId');
}
