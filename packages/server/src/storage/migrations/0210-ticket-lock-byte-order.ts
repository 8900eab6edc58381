import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { up as lockFunctionOf0140 } from './0140-ticket-write-lock.js';

/**
 * PostgreSQL: the batch write's lock function (migration 0140) takes its tickets' locks in byte order of their ids
 * (`collate "C"`), the order every other locker of tickets uses (storage/repositories/ticket-repository.ts,
 * `lockTickets` and `setContractVersion`). It locked in the database's collation, which under a non-C one
 * (en_US.UTF-8 sorts 'a-2' after 'a1', byte order before it) is another order: a recompute and a batch of events
 * sharing two tickets could each hold one and wait for the other.
 *
 * It also finds its tickets, their projections and assignments by key, never by scanning a table (`enable_seqscan`
 * off for its statements): a batch names a handful of tickets, and with a few thousand tickets the planner's
 * estimate preferred scanning the whole table, twice a batch (bench/server.mjs, PostgreSQL ingestion).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create or replace function surety_lock_tickets_for_write(ids text[], preferred_chain integer, chains integer,
      chain_key integer)
    returns jsonb language plpgsql volatile set enable_seqscan = off as $$
    declare
      chosen integer;
    begin
      perform 1 from tickets where id = any(ids) order by id collate "C" for update;
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
  await lockFunctionOf0140(db);
}
