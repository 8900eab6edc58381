import type { WebhookAttemptTable, WebhookDeliveryTable, WebhookEndpointTable } from '../tables.js';
import { chunks, type Executor } from './executor.js';

export type WebhookEndpointRow = WebhookEndpointTable;
export type WebhookDeliveryRow = WebhookDeliveryTable;
export type WebhookAttemptRow = WebhookAttemptTable;

export async function insertEndpoint(db: Executor, row: WebhookEndpointRow): Promise<void> {
  await db.insertInto('webhook_endpoints').values(row).execute();
}

export async function activeEndpoints(db: Executor): Promise<WebhookEndpointRow[]> {
  return db.selectFrom('webhook_endpoints').selectAll().where('disabled_at', 'is', null).orderBy('id').execute();
}

export async function findEndpoint(db: Executor, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Enqueues deliveries; one with the same id already queued is left as it is (at-least-once, never twice queued). */
export async function enqueueDeliveries(db: Executor, rows: readonly WebhookDeliveryRow[]): Promise<void> {
  for (const part of chunks(rows, 500))
    await db
      .insertInto('webhook_deliveries')
      .values(part)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
}

export async function findDelivery(db: Executor, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function dueDeliveries(db: Executor, until: number, limit: number): Promise<WebhookDeliveryRow[]> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('next_attempt_at', '<=', until)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
}

export async function nextDeliveryAt(db: Executor): Promise<number | null> {
  const r = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.min('next_attempt_at').as('next'))
    .executeTakeFirst();
  return r?.next === null || r?.next === undefined ? null : Number(r.next);
}

export async function recordAttempt(
  db: Executor,
  attempt: WebhookAttemptRow,
  update: Pick<WebhookDeliveryRow, 'attempts' | 'next_attempt_at' | 'delivered_at' | 'failed_at'>,
): Promise<void> {
  await db.insertInto('webhook_attempts').values(attempt).execute();
  await db.updateTable('webhook_deliveries').set(update).where('id', '=', attempt.delivery_id).execute();
}

export async function listDeliveries(
  db: Executor,
  filter: { after?: string; limit: number },
): Promise<WebhookDeliveryRow[]> {
  let q = db.selectFrom('webhook_deliveries').selectAll().orderBy('id').limit(filter.limit);
  if (filter.after !== undefined) q = q.where('id', '>', filter.after);
  return q.execute();
}

/** The attempts of each delivery, in order, in one statement (a page of deliveries shows all of theirs). */
export async function attemptsOf(
  db: Executor,
  deliveryIds: readonly string[],
): Promise<Map<string, WebhookAttemptRow[]>> {
  const byDelivery = new Map<string, WebhookAttemptRow[]>(deliveryIds.map((id) => [id, []]));
  if (!deliveryIds.length) return byDelivery;
  const rows = await db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('delivery_id', 'in', deliveryIds)
    .orderBy('delivery_id')
    .orderBy('attempt')
    .execute();
  for (const r of rows) byDelivery.get(r.delivery_id)!.push(r);
  return byDelivery;
}

/** Endpoints ordered by id, disabled ones included, after the last id of the previous page. */
export async function listEndpoints(
  db: Executor,
  page: { after?: string; limit: number },
): Promise<WebhookEndpointRow[]> {
  let q = db.selectFrom('webhook_endpoints').selectAll().orderBy('id').limit(page.limit);
  if (page.after !== undefined) q = q.where('id', '>', page.after);
  return q.execute();
}

/** Disables an active endpoint; false when there is none by that id. */
export async function disableEndpoint(db: Executor, id: string, at: number): Promise<boolean> {
  const r = await db
    .updateTable('webhook_endpoints')
    .set({ disabled_at: at })
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Stops the endpoint's pending deliveries: no attempt is due any more; those made so far are kept. */
export async function stopDeliveries(db: Executor, endpointId: string): Promise<number> {
  const r = await db
    .updateTable('webhook_deliveries')
    .set({ next_attempt_at: null })
    .where('endpoint_id', '=', endpointId)
    .where('delivered_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('next_attempt_at', 'is not', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
