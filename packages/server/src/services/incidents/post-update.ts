import { randomUUID } from 'node:crypto';
import { formatDuration, isoInstant } from '@surety/engine';
import type { Transaction } from 'kysely';
import {
  closeImpacts,
  findIncident,
  insertImpacts,
  insertIncidentUpdate,
  insertIncident,
  lastUpdate,
  setIncidentStatus,
  updatesOf,
  type IncidentImpactRow,
  type IncidentRow,
} from '../../storage/repositories/incident-repository.js';
import type { Tables } from '../../storage/tables.js';
import { recordAudit } from '../audit/log.js';
import { checkServiceReference } from '../catalog/service-references.js';
import { requireStaffWrite } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { statedTime } from '../tickets/stated-time.js';
import { enqueueEmail } from '../outbox/enqueue.js';
import { noticeEmails, type AffectedComponent } from '../notices/recipients.js';
import { contractNoticeRecipients } from '../notices/contract-audience.js';
import { publicLink } from '../notices/public-url.js';
import { incidentJson, type IncidentStatus, type IncidentJson } from './incident-json.js';

export interface IncidentUpdateInput {
  status: IncidentStatus;
  text: string;
  /** Fraction of users impaired from now on (0–1); a resolving update ends the impact whatever it says. */
  fraction: number;
  /** The components affected from now on; a service without a component stands for all of its components. */
  components: AffectedComponent[];
  /**
   * Unplanned maintenance: when it is expected to end (TechJutsu §5.1, §8.2: the notice gives the expected duration of
   * the downtime). An update that gives none keeps the one stated before.
   */
  expectedEnd?: number;
}

export interface OpenIncidentInput extends Omit<IncidentUpdateInput, 'status'> {
  title: string;
  kind: IncidentRow['kind'];
  /** Default: investigating, or resolved when `end` is given (the only status an incident already over may have). */
  status?: IncidentStatus;
  /** When it began (default now); earlier than now only by staff, as a ticket's stated time (audited). */
  start?: number;
  /** When it ended, for an incident already over when recorded: it is recorded resolved at `end`. */
  end?: number;
}

/** The text of the resolving update of an incident recorded after it was over (migration 0180 writes the same). */
const RECORDED_RESOLVED_TEXT = 'Resolved (recorded after it was over).';

/**
 * Opens an incident (or unplanned maintenance) with its first update. It stays open, without an end, until an update
 * resolves it; its impact on each named component feeds availability from its start.
 *
 * With `end`, an incident already over is recorded in one call (a declared incident): opened at `start`, resolved at
 * `end`, its impact exactly [start, end). Nobody is told: its notices would arrive after the fact saying
 * "investigating" of something long over, and under TechJutsu §5.2 (disputes settled by time of receipt) a notice
 * sent now would stand as the communication of an interruption that in truth was never communicated while it
 * lasted. The outbox stays a true record of what was told when; the status page and its feeds show the incident.
 */
export async function openIncident(ctx: ServiceContext, input: OpenIncidentInput): Promise<IncidentJson> {
  requireStaffWrite(ctx);
  const now = ctx.now();
  const { at: start, receivedAt } = statedTime(ctx, input.start, now, 'an incident', 'start');
  if (input.end !== undefined) return recordOver(ctx, { ...input, start, end: input.end }, now);
  const status = input.status ?? 'investigating';
  // Unplanned maintenance is work the provider chose to do now, so it always has an estimate, and TechJutsu §5.1 wants
  // it in the first notice: required whatever contracts are assigned, so that the same request is never valid or not
  // depending on who is a customer today.
  if (input.kind === 'unplanned_maintenance' && status !== 'resolved' && input.expectedEnd === undefined)
    throw new ServiceError(
      'invalid',
      'unplanned maintenance states when it is expected to end (the notice gives the expected duration of the downtime)',
      'expectedEnd',
    );
  const row: IncidentRow = {
    id: randomUUID(),
    title: input.title,
    kind: input.kind,
    status,
    opened_at: start,
    resolved_at: status === 'resolved' ? now : null,
    created_by: ctx.principal.actor,
  };
  return writeTransaction(ctx, async (trx) => {
    await insertIncident(trx, row);
    return record(trx, ctx, row, 1, { ...input, status }, start, null, 'incident.opened', receivedAt);
  });
}

/** An incident already over: opened at `start`, its impact until `end`, resolved at `end`; told to no one. */
async function recordOver(
  ctx: ServiceContext,
  input: OpenIncidentInput & { start: number; end: number },
  now: number,
): Promise<IncidentJson> {
  if (input.end > now)
    throw new ServiceError(
      'invalid',
      'end cannot be in the future: an incident going on is resolved by an update',
      'end',
    );
  if (input.end <= input.start) throw new ServiceError('invalid', 'end is not after start', 'end');
  if (input.status !== undefined && input.status !== 'resolved')
    throw new ServiceError('invalid', `an incident with an end is resolved, not ${input.status}`, 'status');
  if (input.expectedEnd !== undefined)
    throw new ServiceError('invalid', 'an incident already over has no expected end: it ended at end', 'expectedEnd');
  checkFraction(input.fraction);
  const row: IncidentRow = {
    id: randomUUID(),
    title: input.title,
    kind: input.kind,
    status: 'resolved',
    opened_at: input.start,
    resolved_at: input.end,
    created_by: ctx.principal.actor,
  };
  return writeTransaction(ctx, async (trx) => {
    await checkComponents(trx, input.components);
    await insertIncident(trx, row);
    const update = {
      incident_id: row.id,
      components: JSON.stringify(input.components),
      created_by: ctx.principal.actor,
      expected_end: null,
    };
    await insertIncidentUpdate(trx, {
      ...update,
      seq: 1,
      at: input.start,
      status: 'identified',
      text: input.text,
      fraction: input.fraction,
    });
    await insertIncidentUpdate(trx, {
      ...update,
      seq: 2,
      at: input.end,
      status: 'resolved',
      text: RECORDED_RESOLVED_TEXT,
      fraction: 0,
    });
    if (input.fraction > 0)
      await insertImpacts(trx, impactRows(row.id, 1, input.components, input.start, input.end, input.fraction));
    const { title, kind, text, fraction, components, start, end } = input;
    await recordAudit(trx, ctx, 'incident.recorded', `incident:${row.id}`, {
      title,
      kind,
      text,
      fraction,
      components,
      start,
      end,
      receivedAt: now,
    });
    return incidentJson(row, (await updatesOf(trx, [row.id])).get(row.id)!);
  });
}

/** Adds an update to an open incident: a new status and text, and the impact and components from now on. */
export async function updateIncident(
  ctx: ServiceContext,
  id: string,
  input: IncidentUpdateInput,
): Promise<IncidentJson> {
  requireStaffWrite(ctx);
  return writeTransaction(ctx, async (trx) => {
    const row = await findIncident(trx, id);
    if (!row) throw new ServiceError('not_found', `no incident ${id}`);
    if (row.resolved_at !== null) throw new ServiceError('conflict', `incident ${id} is resolved`, 'status');
    const now = ctx.now();
    const updated = { ...row, status: input.status, resolved_at: input.status === 'resolved' ? now : null };
    await setIncidentStatus(trx, id, { status: updated.status, resolved_at: updated.resolved_at });
    await closeImpacts(trx, id, now);
    const last = (await lastUpdate(trx, id))!;
    return record(trx, ctx, updated, last.seq + 1, input, now, last.expected_end, 'incident.updated');
  });
}

/** The update `seq` of an incident at `at`, its impact from then on, its notices and its audit entry. */
async function record(
  trx: Transaction<Tables>,
  ctx: ServiceContext,
  row: IncidentRow,
  seq: number,
  input: IncidentUpdateInput,
  at: number,
  expectedBefore: number | null,
  action: string,
  receivedAt?: number,
): Promise<IncidentJson> {
  checkFraction(input.fraction);
  await checkComponents(trx, input.components);
  const expectedEnd = expectedEndAfter(row, input, at, expectedBefore);
  await insertIncidentUpdate(trx, {
    incident_id: row.id,
    seq,
    at,
    status: input.status,
    text: input.text,
    fraction: input.fraction,
    components: JSON.stringify(input.components),
    created_by: ctx.principal.actor,
    expected_end: expectedEnd,
  });
  if (input.status !== 'resolved' && input.fraction > 0)
    await insertImpacts(trx, impactRows(row.id, seq, input.components, at, null, input.fraction));
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
            `Status: ${input.status} (${new Date(at).toISOString()})`,
            input.text,
            ...(expectedEnd === null ? [] : [expectedText(row.opened_at, at, expectedEnd)]),
            input.components.length
              ? `Affected: ${input.components.map((c) => (c.componentId ? `${c.serviceId}/${c.componentId}` : c.serviceId)).join(', ')}`
              : 'Affected: every service (no component named)',
          ],
          action: { label: 'Status page', url: publicLink(ctx, '/status') },
        },
      },
      {
        components: input.components,
        contacts: await contractNoticeRecipients(trx, ctx.caches.compiledContracts, row.kind, input.components),
      },
    ),
  );
  // A backdated opening (staff only) shows when it was recorded, as a backdated ticket event does.
  await recordAudit(trx, ctx, action, `incident:${row.id}`, {
    seq,
    ...input,
    ...(receivedAt !== undefined ? { start: at, receivedAt } : {}),
  });
  const updates = await updatesOf(trx, [row.id]);
  return incidentJson(row, updates.get(row.id)!);
}

function checkFraction(fraction: number): void {
  if (!(fraction >= 0 && fraction <= 1))
    throw new ServiceError('invalid', 'expected a fraction of users from 0 to 1', 'fraction');
}

async function checkComponents(trx: Transaction<Tables>, components: readonly AffectedComponent[]): Promise<void> {
  for (const [i, c] of components.entries())
    await checkServiceReference(trx, { serviceId: c.serviceId, componentId: c.componentId ?? undefined }).catch(
      (e: ServiceError) => {
        // The reference names its field as a pointer of its own ('/componentId'): re-rooted under the component.
        throw new ServiceError(e.code, e.message, `/components/${i}/${(e.field ?? 'serviceId').replace(/^\//, '')}`);
      },
    );
}

/**
 * The impact segments of an update: one per component it names; naming none, one of the provider's whole offering
 * (service null), as its notices then go to everyone (notices/recipients.ts).
 */
function impactRows(
  incidentId: string,
  seq: number,
  components: readonly AffectedComponent[],
  start: number,
  end: number | null,
  fraction: number,
): IncidentImpactRow[] {
  const targets = components.length ? components : [{ serviceId: null, componentId: null }];
  return targets.map((c) => ({
    incident_id: incidentId,
    seq,
    service_id: c.serviceId,
    component_id: c.componentId,
    start,
    end,
    fraction,
  }));
}

/**
 * The expected end after an update: the one it states, else the one stated before; none once resolved. Only unplanned
 * maintenance has one (an incident's end is not known in advance), and it lies after the update.
 */
function expectedEndAfter(
  row: IncidentRow,
  input: IncidentUpdateInput,
  at: number,
  before: number | null,
): number | null {
  if (input.expectedEnd !== undefined) {
    if (row.kind !== 'unplanned_maintenance')
      throw new ServiceError('invalid', 'only unplanned maintenance has an expected end', 'expectedEnd');
    if (input.status === 'resolved')
      throw new ServiceError('invalid', 'a resolving update ends it: it has no expected end', 'expectedEnd');
    if (input.expectedEnd <= at)
      throw new ServiceError('invalid', `expectedEnd is not after the update (${isoInstant(at)})`, 'expectedEnd');
  }
  return input.status === 'resolved' ? null : (input.expectedEnd ?? before);
}

/** The notice's words for the expected end: the instant, and the downtime it makes from the start (§5.1). */
function expectedText(openedAt: number, at: number, expectedEnd: number): string {
  return (
    `Expected to end: ${isoInstant(expectedEnd)} (expected duration of the downtime: ` +
    `${formatDuration(expectedEnd - openedAt)} from its start at ${isoInstant(openedAt)}; ` +
    `${formatDuration(expectedEnd - at)} from now)`
  );
}
