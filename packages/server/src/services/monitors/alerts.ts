import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { maintenanceCovering } from '../../storage/repositories/availability-repository.js';
import {
  alertsOf,
  claimAlert,
  failureStart,
  findAlert,
  monitorsToAlertOn,
  openAlertOf,
  updateAlert,
  type AlertRow,
} from '../../storage/repositories/monitor-alert-repository.js';
import {
  changeBefore,
  latestOf,
  listMonitorsByKey,
  type ChangeRow,
  type MonitorRow,
} from '../../storage/repositories/monitor-repository.js';
import { wireInstant, wireInstantOrNull } from '../core/instants.js';
import { instantText } from '../core/instant-codec.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { openIncident, updateIncident } from '../incidents/post-update.js';
import { PUSH_LOCATION } from './create.js';
import { monitorRow } from './get.js';

/*
 * What a monitor's state changes do. A failure is confirmed when a second location sees it (or, where only one
 * location reports, when that location's next check fails too): one probe's hiccup pages nobody. A missed heartbeat
 * needs no confirmation: the server itself saw no beat. A confirmed
 * failure opens an alert, and by the monitor's `incidents` setting either a draft (for staff to publish) or a
 * published status incident, which notifies subscribers and designated contacts through the outbox
 * (services/incidents/post-update.ts). The alert ends, and its incident is resolved, when every reporting location
 * passes again. During scheduled maintenance of the monitor's component nothing is opened, while the monitor goes
 * on measuring: a failure still going on when the maintenance ends is confirmed then.
 */

/** Locations that must see a failure before anyone is told, where that many report. */
export const CONFIRMING_LOCATIONS = 2;

export const alertSchema = z.object({
  id: z.string(),
  monitorId: z.string(),
  startedAt: instantText.describe('when its locations began failing'),
  confirmedAt: instantText.describe('when a second location (or check) confirmed it'),
  resolvedAt: instantText.nullable().describe('when every reporting location passed again; null while failing'),
  mode: z.enum(['draft', 'published']),
  incidentId: z.string().nullable().describe('the status incident it opened; null for a draft'),
  failing: z.number().int(),
  reporting: z.number().int(),
});
export type AlertJson = z.infer<typeof alertSchema>;

function alertJson(row: AlertRow, monitorId: string): AlertJson {
  return {
    id: row.id,
    monitorId,
    startedAt: wireInstant(row.started_at),
    confirmedAt: wireInstant(row.confirmed_at),
    resolvedAt: wireInstantOrNull(row.resolved_at),
    mode: row.mode,
    incidentId: row.incident_id,
    failing: row.failing,
    reporting: row.reporting,
  };
}

/**
 * Whether a monitor's current state is a confirmed failure: two failing locations where two or more report, else a
 * failing result of the one reporting location checked after the failure began (its second failing check).
 */
export function isConfirmed(
  change: Pick<ChangeRow, 'at' | 'failing' | 'reporting'> | undefined,
  latest: readonly { t: number; ok: number }[],
  pushed = false,
): boolean {
  if (!change || change.failing === 0) return false;
  // A missed heartbeat is the server's own finding, not a probe's: there is no hiccup to confirm.
  if (pushed) return true;
  if (change.reporting >= CONFIRMING_LOCATIONS) return change.failing >= CONFIRMING_LOCATIONS;
  return latest.some((l) => l.ok === 0 && l.t > change.at);
}

const recovered = (change: ChangeRow | undefined) =>
  change !== undefined && change.failing === 0 && change.reporting > 0;

/**
 * Opens and resolves alerts (and their incidents) from the monitors' current states; the worker calls it after each
 * batch of housekeeping. Idempotent, and safe in several processes at once: a failure is claimed once.
 */
export async function alertOnStateChanges(ctx: ServiceContext): Promise<{ opened: number; resolved: number }> {
  const now = ctx.now();
  let opened = 0;
  let resolved = 0;
  for (const monitor of await listMonitorsByKey(ctx.db, await monitorsToAlertOn(ctx.db))) {
    const change = await changeBefore(ctx.db, monitor.key, now + 1);
    const open = await openAlertOf(ctx.db, monitor.key);
    if (open) {
      if (recovered(change)) {
        await resolveAlert(ctx, monitor, open, change!);
        resolved++;
      }
      continue;
    }
    const pushed = (JSON.parse(monitor.locations) as string[]).includes(PUSH_LOCATION);
    if (monitor.incidents === 'off' || !isConfirmed(change, await latestOf(ctx.db, monitor.key), pushed)) continue;
    // Maintenance: measured, never alerted.
    if ((await maintenanceCovering(ctx.db, monitor.service_id, monitor.component_id, now)).length) continue;
    const alert: AlertRow = {
      id: randomUUID(),
      monitor_key: monitor.key,
      started_at: (await failureStart(ctx.db, monitor.key, now)) ?? change!.at,
      confirmed_at: now,
      resolved_at: null,
      mode: monitor.incidents,
      incident_id: null,
      failing: change!.failing,
      reporting: change!.reporting,
    };
    if (!(await writeTransaction(ctx, (trx) => claimAlert(trx, alert)))) continue;
    opened++;
    if (alert.mode === 'published') await openIncidentOf(ctx, monitor, alert);
  }
  return { opened, resolved };
}

const components = (m: MonitorRow) => [{ serviceId: m.service_id, componentId: m.component_id }];

async function openIncidentOf(ctx: ServiceContext, monitor: MonitorRow, alert: AlertRow): Promise<string> {
  const incident = await openIncident(ctx, {
    title: `${monitor.name} failing`,
    kind: 'incident',
    status: 'investigating',
    text:
      `Surety's monitor ${monitor.name} sees ${alert.failing} of ${alert.reporting} locations failing ` +
      `since ${wireInstant(alert.started_at)}.`,
    fraction: alert.failing / alert.reporting,
    components: components(monitor),
  });
  await writeTransaction(ctx, (trx) => updateAlert(trx, alert.id, { incident_id: incident.id, mode: 'published' }));
  return incident.id;
}

async function resolveAlert(ctx: ServiceContext, monitor: MonitorRow, alert: AlertRow, change: ChangeRow) {
  if (alert.incident_id !== null)
    await updateIncident(ctx, alert.incident_id, {
      status: 'resolved',
      text: `Every reporting location (${change.reporting}) passes again since ${wireInstant(change.at)}.`,
      fraction: 0,
      components: components(monitor),
    }).catch((e: unknown) => {
      // Resolved (or removed) by hand already: the alert ends all the same.
      if (!(e instanceof ServiceError && (e.code === 'conflict' || e.code === 'not_found'))) throw e;
    });
  await writeTransaction(ctx, (trx) => updateAlert(trx, alert.id, { resolved_at: change.at }));
}

/** A monitor's alerts, newest first. */
export async function listAlerts(ctx: ServiceContext, monitorId: string, limit: number): Promise<AlertJson[]> {
  const monitor = await monitorRow(ctx, monitorId);
  return (await alertsOf(ctx.db, monitor.key, limit)).map((a) => alertJson(a, monitor.id));
}

/**
 * Publishes a draft: opens its status incident (which notifies), resolved at once if the failure is over already.
 */
export async function publishAlert(ctx: ServiceContext, monitorId: string, alertId: string): Promise<AlertJson> {
  requireStaffWrite(ctx);
  const monitor = await monitorRow(ctx, monitorId);
  const alert = await findAlert(ctx.db, alertId);
  if (!alert || alert.monitor_key !== monitor.key)
    throw new ServiceError('not_found', `monitor ${monitorId} has no alert ${alertId}`);
  if (alert.incident_id !== null)
    throw new ServiceError('conflict', `alert ${alertId} is published as incident ${alert.incident_id}`);
  const incidentId = await openIncidentOf(ctx, monitor, alert);
  if (alert.resolved_at !== null) {
    const end = await changeBefore(ctx.db, monitor.key, alert.resolved_at + 1);
    if (end) await resolveAlert(ctx, monitor, { ...alert, incident_id: incidentId }, end);
  }
  return alertJson((await findAlert(ctx.db, alertId))!, monitor.id);
}
