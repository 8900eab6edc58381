import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL: one function that takes what a batch of ticket events needs before it writes, in one round trip
 * (storage/repositories/ticket-repository.ts, `lockTicketsForWrite`):
 *
 * 1. the tickets' row locks, in id order (so that two batches never wait on each other);
 * 2. an audit chain's lock: the first chain free from the preferred one on, or, when all are taken, a wait for the
 *    preferred one (services/audit/log.ts); the batch then never queues behind another writer of its chain;
 * 3. then, read after those locks, the tickets with their projections' last event numbers and timers, their
 *    customers' assignments, and the chain's last hash.
 *
 * Step 3 is why this is a function: a statement reads as of its start, so a single `select … for update` that
 * waited for another writer's lock would still see that writer's projection as it was before its commit (read
 * committed re-reads only the locked row). Each statement of a volatile function reads afresh, so step 3 sees every
 * commit made before the locks were granted: the last event numbers are exact, and the events kept by the event
 * history can be used instead of read again (services/tickets/event-history.ts).
 *
 * SQLite has one writer at a time and reads what is committed: it needs none of this.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function surety_lock_tickets_for_write(ids text[], preferred_chain integer, chains integer, chain_key integer)
    returns jsonb language plpgsql volatile as $$
    declare
      chosen integer;
    begin
      perform 1 from tickets where id = any(ids) order by id for update;
      if chains is not null then
        for i in 0 .. chains - 1 loop
          if pg_try_advisory_xact_lock(chain_key, (preferred_chain + i) % chains) then
            chosen := (preferred_chain + i) % chains;
            exit;
          end if;
        end loop;
        if chosen is null then
          perform pg_advisory_xact_lock(chain_key, preferred_chain);
          chosen := preferred_chain;
        end if;
      end if;
      return jsonb_build_object(
        'tickets', coalesce((
          select jsonb_agg(to_jsonb(t) || jsonb_build_object(
            'timer_at', p.next_due_at, 'last_seq', p.last_seq, 'assignment', to_jsonb(a)))
          from tickets t
          left join clock_projections p on p.ticket_id = t.id
          left join assignments a on a.customer_id = t.customer_id and a.contract_id = t.contract_id
          where t.id = any(ids)), '[]'::jsonb),
        'chain', chosen,
        'head', (select hash from audit_log where chain = chosen order by seq desc limit 1));
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop function surety_lock_tickets_for_write(text[], integer, integer, integer)`.execute(db);
}
