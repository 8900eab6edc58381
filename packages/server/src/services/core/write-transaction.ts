import type { Transaction } from 'kysely';
import type { Tables } from '../../storage/tables.js';
import { IdempotentReplay, keyedWork } from './idempotency.js';
import { ReadOnlyContext, type ServiceContext } from './service-context.js';

/**
 * A service's write transaction, shared with concurrent writers where the store groups commits (SQLite). Every
 * service writes through here, so a request made with an Idempotency-Key records the key in its first write
 * transaction, with that transaction's result: a service answers with the result of its write transaction, and a
 * retry is answered with it again (services/core/idempotency.ts).
 */
export function writeTransaction<T>(ctx: ServiceContext, work: (trx: Transaction<Tables>) => Promise<T>): Promise<T> {
  if (ctx.readOnly) return Promise.reject(new ReadOnlyContext());
  const request = ctx.idempotency;
  if (!request || request.recorded) return transaction(ctx, work);
  return transaction(ctx, (trx) => keyedWork(trx, ctx, request, work)).then((outcome) => {
    // Only once the transaction has committed: a racing retry is answered with a committed write's response.
    if ('replay' in outcome) throw new IdempotentReplay(outcome.replay);
    request.recorded = true;
    return outcome.result;
  });
}

async function transaction<T>(ctx: ServiceContext, work: (trx: Transaction<Tables>) => Promise<T>): Promise<T> {
  let used: Transaction<Tables> | undefined;
  const tracked = (trx: Transaction<Tables>) => work((used = trx));
  const result = await (ctx.writes ? ctx.writes.transaction(tracked) : ctx.db.transaction().execute(tracked));
  // Committed: what it announced reaches live clients now (never for a write that rolled back).
  if (used) ctx.changes?.committed(used);
  return result;
}
