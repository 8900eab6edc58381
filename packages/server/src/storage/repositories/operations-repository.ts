import { sql } from 'kysely';
import { isPostgres, type Executor } from './executor.js';

/** How many clocks of all tickets' projections are in each status (running, paused, met, breached, …). */
export async function clockStatusCounts(db: Executor): Promise<{ status: string; clocks: number }[]> {
  const { rows } = isPostgres(db)
    ? await sql<{ status: string; clocks: number }>`select c->>'status' as status, count(*)::int as clocks
        from clock_projections p, jsonb_array_elements(p.state::jsonb -> 'clocks') c group by 1`.execute(db)
    : await sql<{ status: string; clocks: number }>`select json_extract(c.value, '$.status') as status,
        count(*) as clocks from clock_projections p, json_each(p.state, '$.clocks') c group by 1`.execute(db);
  return rows.map((r) => ({ status: r.status, clocks: Number(r.clocks) }));
}

/** Timers that have fallen due by `now` and are not yet fired: the timer queue's depth. */
export async function dueTimerCount(db: Executor, now: number): Promise<number> {
  const row = await db
    .selectFrom('clock_projections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('next_due_at', '<=', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Webhook deliveries neither delivered nor given up on: the delivery queue's depth. */
export async function pendingDeliveryCount(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('delivered_at', 'is', null)
    .where('failed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Answers when the database does: for readiness probes. */
export async function databaseAnswers(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}
