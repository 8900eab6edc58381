import type { Transaction } from 'kysely';
import type { Tables } from '../storage/tables.js';
import type { ServiceContext } from './service-context.js';

/** A write transaction, shared with concurrent writers where the store groups commits (SQLite). */
export function writeTransaction<T>(ctx: ServiceContext, work: (trx: Transaction<Tables>) => Promise<T>): Promise<T> {
  return ctx.writes ? ctx.writes.transaction(work) : ctx.db.transaction().execute(work);
}
