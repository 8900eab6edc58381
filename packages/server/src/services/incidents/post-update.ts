import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import {
  closeImpacts,
  findStatusIncident,
  insertImpacts,
  insertIncidentUpdate,
  insertStatusIncident,
  lastUpdateSeq,
  setIncidentStatus,
  updatesOf,
  type StatusIncidentRow,
} from '../../storage/repositories/status-incident-repository.js';
import type { Tables } from '../../storage/tables.js';
import { recordAudit } from '../audit/log.js';
import { checkServiceReference } from '../catalog/service-references.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { enqueueEmail } from '../outbox/enqueue.js';
import { noticeEmails, type AffectedComponent } from '../notices/recipients.js';
import { contractNoticeRecipients } from '../notices/contract-audience.js';
import { publicLink } from '../notices/public-url.js';
import { statusIncidentJson, type IncidentStatus, type StatusIncidentJson } from './incident-json.js';

export interface IncidentUpdateInput {
  status: IncidentStatus;
  text: string;
  /** Fraction of users impaired from now on (0–1); a resolving update ends the impact whatever it says. */
  fraction: number;
  /** The components affected from now on; a service without a component stands for all of its components. */
  components: AffectedComponent[];
}

/**
 * Opens an incident (or unplanned maintenance) with its first update. It stays open, without an end, until an update
 * resolves it; its impact on each named component feeds availability from the update's time.
 */
export async function openIncident(
  ctx: ServiceContext,
  input: IncidentUpdateInput & { title: string; kind: StatusIncidentRow['kind'] },
): Promise<StatusIncidentJson> {
  requireStaffWrite(ctx);
  const now = ctx.now();
  const row: StatusIncidentRow = {
    id: randomUUID(),
    title: input.title,
    kind: input.kind,
    status: input.status,
    opened_at: now,
    resolved_at: input.status === 'resolved' ? now : null,
    created_by: ctx.principal.actor,
  };
  return writeTransaction(ctx, async (trx) => {
    await insertStatusIncident(trx, row);
    return record(trx, ctx, row, 1, input, 'incident.opened');
  });
}

/** Adds an update to an open incident: a new status and text, and the impact and components from now on. */
export async function updateIncident(
  ctx: ServiceContext,
  id: string,
  input: IncidentUpdateInput,
): Promise<StatusIncidentJson> {
  requireStaffWrite(ctx);
  return writeTransaction(ctx, async (trx) => {
    const row = await findStatusIncident(trx, id);
    if (!row) throw new ServiceError('not_found', `no incident ${id}`);
    if (row.resolved_at !== null) throw new ServiceError('conflict', `incident ${id} is resolved`, 'status');
    const now = ctx.now();
    const updated = { ...row, status: input.status, resolved_at: input.status === 'resolved' ? now : null };
    await setIncidentStatus(trx, id, { status: updated.status, resolved_at: updated.resolved_at });
    await closeImpacts(trx, id, now);
    return record(trx, ctx, updated, (await lastUpdateSeq(trx, id)) + 1, input, 'incident.updated');
  });
}

async function record(
  trx: Transaction<Tables>,
  ctx: ServiceContext,
  row: StatusIncidentRow,
  seq: number,
  input: IncidentUpdateInput,
  action: string,
): Promise<StatusIncidentJson> {
  if (!(input.fraction >= 0 && input.fraction <= 1))
    throw new ServiceError('invalid', 'expected a fraction of users from 0 to 1', 'fraction');
  for (const [i, c] of input.components.entries())
    await checkServiceReference(trx, { serviceId: c.serviceId, componentId: c.componentId ?? undefined }).catch(
      (e: ServiceError) => {
        throw new ServiceError(e.code, e.message, `components/${i}/${e.field ?? 'serviceId'}`);
      },
    );
  const now = ctx.now();
  await insertIncidentUpdate(trx, {
    incident_id: row.id,
    seq,
    at: now,
    status: input.status,
    text: input.text,
    fraction: input.fraction,
    components: JSON.stringify(input.components),
    created_by: ctx.principal.actor,
  });
  if (input.status !== 'resolved' && input.fraction > 0)
    await insertImpacts(
      trx,
      input.components.map((c) => ({
        incident_id: row.id,
        seq,
        service_id: c.serviceId,
        component_id: c.componentId,
        start: now,
        end: null,
        fraction: input.fraction,
      })),
    );
  const what = row.kind === 'unplanned_maintenance' ? 'Unplanned maintenance' : 'Incident';
  // TechJutsu §5.1: unplanned maintenance and incidents are notified to the contacts each affected contract names
  // (and the provider groups it names: the CEO); the outbox records per recipient when each message was sent and
  // accepted by the mail server (§5.2: time of receipt). Written in this transaction: told exactly when recorded.
  await enqueueEmail(
    trx,
    ctx,
    await noticeEmails(
      trx,
      ctx,
      {
        kind: `${row.kind}.${input.status}`,
        key: `incident:${row.id}#${seq}`,
        subject: `[${input.status}] ${what}: ${row.title}`,
        content: {
          title: `${what}: ${row.title}`,
          paragraphs: [
            `Status: ${input.status} (${new Date(now).toISOString()})`,
            input.text,
            input.components.length
              ? `Affected: ${input.components.map((c) => (c.componentId ? `${c.serviceId}/${c.componentId}` : c.serviceId)).join(', ')}`
              : 'Affected: no component named',
          ],
          action: { label: 'Status page', url: publicLink(ctx, '/status') },
        },
      },
      { components: input.components, contacts: await contractNoticeRecipients(trx, row.kind, input.components) },
    ),
  );
  await recordAudit(trx, ctx, action, `incident:${row.id}`, { seq, ...input });
  const updates = await updatesOf(trx, [row.id]);
  return statusIncidentJson(row, updates.get(row.id)!);
}
