import type { ComponentTable, ServiceTable } from '../tables.js';
import type { Executor } from './executor.js';

export type ServiceRow = ServiceTable;
export type ComponentRow = ComponentTable;

export async function insertService(db: Executor, row: ServiceRow): Promise<void> {
  await db.insertInto('services').values(row).execute();
}

export async function findService(db: Executor, id: string): Promise<ServiceRow | undefined> {
  return db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateService(
  db: Executor,
  id: string,
  change: Partial<Pick<ServiceRow, 'name' | 'description'>> & { updated_at: number },
): Promise<void> {
  await db.updateTable('services').set(change).where('id', '=', id).execute();
}

/** Services ordered by id, after the last id of the previous page. */
export async function listServices(db: Executor, page: { after?: string; limit: number }): Promise<ServiceRow[]> {
  let q = db.selectFrom('services').selectAll().orderBy('id').limit(page.limit);
  if (page.after !== undefined) q = q.where('id', '>', page.after);
  return q.execute();
}

export async function insertComponent(db: Executor, row: ComponentRow): Promise<void> {
  await db.insertInto('components').values(row).execute();
}

export async function findComponent(db: Executor, serviceId: string, id: string): Promise<ComponentRow | undefined> {
  return db
    .selectFrom('components')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateComponent(
  db: Executor,
  serviceId: string,
  id: string,
  change: { name: string; updated_at: number },
): Promise<void> {
  await db.updateTable('components').set(change).where('service_id', '=', serviceId).where('id', '=', id).execute();
}

/** A service's components ordered by id, after the last id of the previous page. */
export async function listComponents(
  db: Executor,
  serviceId: string,
  page: { after?: string; limit: number },
): Promise<ComponentRow[]> {
  let q = db.selectFrom('components').selectAll().where('service_id', '=', serviceId).orderBy('id').limit(page.limit);
  if (page.after !== undefined) q = q.where('id', '>', page.after);
  return q.execute();
}
