import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { up as saveFunctionOf0141 } from './0141-ticket-write-save.js';

/**
 * PostgreSQL: the batch write function (migration 0141) first finds the tickets whose clock outcomes change, and
 * rewrites the outcomes and the overview's counts of those tickets only. Most events (a status change, a reply once
 * the first response is met) change no outcome, and the four statements that compared, counted, deleted, updated
 * and inserted outcomes cost more than half of the function's time while writing nothing (timed with auto_explain
 * under bench/server.mjs's PostgreSQL ingestion): now one read of the tickets' outcomes by key decides that.
 *
 * Like the lock function (migration 0210), its statements find rows by key, never by scanning a table
 * (`enable_seqscan` off): with a few thousand tickets the planner preferred scanning clock_outcomes, four times
 * a batch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create or replace function surety_save_ticket_writes(w jsonb) returns void language plpgsql volatile
    set enable_seqscan = off as $$
    declare
      -- Arrays, so that the outcomes' primary key finds the tickets' rows (= any).
      written text[] := array(select jsonb_array_elements_text(w->'outcomeTickets'));
      -- The written tickets whose outcomes are not already those given, and their outcomes as given.
      changed text[];
      outcomes jsonb;
    begin
      insert into ticket_events (ticket_id, seq, type, at, received_at, payload)
        select e.ticket_id, e.seq, e.type, e.at, e.received_at, e.payload
        from jsonb_populate_recordset(null::ticket_events, w->'events') e;
      insert into clock_projections (ticket_id, last_seq, state, next_due_at, overdue_since, updated_at)
        select p.ticket_id, p.last_seq, p.state, p.next_due_at, p.overdue_since, p.updated_at
        from jsonb_populate_recordset(null::clock_projections, w->'projections') p
        on conflict (ticket_id) do update set last_seq = excluded.last_seq, state = excluded.state,
          next_due_at = excluded.next_due_at, overdue_since = excluded.overdue_since, updated_at = excluded.updated_at;
      changed := array(
        select distinct coalesce(c.ticket_id, o.ticket_id)
        from (select * from clock_outcomes where ticket_id = any(written)) c
        full join jsonb_populate_recordset(null::clock_outcomes, w->'outcomes') o
          on o.ticket_id = c.ticket_id and o.clock = c.clock and o.cycle = c.cycle
        where (c.customer_id, c.contract_id, c.severity, c.month, c.opened_at, c.status, c.running, c.due_at, c.warn_at)
          is distinct from
          (o.customer_id, o.contract_id, o.severity, o.month, o.opened_at, o.status, o.running, o.due_at, o.warn_at));
      if cardinality(changed) > 0 then
        outcomes := coalesce(
          (select jsonb_agg(o) from jsonb_array_elements(w->'outcomes') o where o->>'ticket_id' = any(changed)),
          '[]'::jsonb);
        -- The overview's counts (clock_outcome_counts, migration 0170) change by what the outcomes below change:
        -- read before them. In the byte order of their key, as storage/repositories/clock-outcome-repository.ts
        -- takes it (its fields joined by newlines), so that two writers lock shared counts in one order.
        insert into clock_outcome_counts (month, contract_id, severity, clock, status, clocks)
          select month, contract_id, severity, clock, status, sum(d)
          from (
            select c.month, c.contract_id, c.severity, c.clock, c.status, -1 as d
              from clock_outcomes c where c.ticket_id = any(changed)
            union all
            select o.month, o.contract_id, o.severity, o.clock, o.status, 1
              from jsonb_populate_recordset(null::clock_outcomes, outcomes) o) as change
          group by month, contract_id, severity, clock, status
          having sum(d) <> 0
          order by (month || E'\n' || contract_id || E'\n' || severity || E'\n' || clock || E'\n' || status) collate "C"
          on conflict (month, contract_id, severity, clock, status)
            do update set clocks = clock_outcome_counts.clocks + excluded.clocks;
        -- The changed tickets' outcomes become those given: a row left as it was costs nothing to the log, where a
        -- row deleted and inserted again costs both and its index entries.
        delete from clock_outcomes c
          where c.ticket_id = any(changed)
          and not exists (select 1 from jsonb_populate_recordset(null::clock_outcomes, outcomes) o
            where o.ticket_id = c.ticket_id and o.clock = c.clock and o.cycle = c.cycle);
        update clock_outcomes c set customer_id = o.customer_id, contract_id = o.contract_id, severity = o.severity,
            month = o.month, opened_at = o.opened_at, status = o.status, running = o.running, due_at = o.due_at,
            warn_at = o.warn_at
          from jsonb_populate_recordset(null::clock_outcomes, outcomes) o
          where c.ticket_id = any(changed) and o.ticket_id = c.ticket_id and o.clock = c.clock and o.cycle = c.cycle
          and (c.customer_id, c.contract_id, c.severity, c.month, c.opened_at, c.status, c.running, c.due_at,
            c.warn_at) is distinct from
            (o.customer_id, o.contract_id, o.severity, o.month, o.opened_at, o.status, o.running, o.due_at, o.warn_at);
        insert into clock_outcomes (ticket_id, clock, cycle, customer_id, contract_id, severity, month, opened_at,
            status, running, due_at, warn_at)
          select o.ticket_id, o.clock, o.cycle, o.customer_id, o.contract_id, o.severity, o.month, o.opened_at,
            o.status, o.running, o.due_at, o.warn_at
          from jsonb_populate_recordset(null::clock_outcomes, outcomes) o
          where not exists (select 1 from clock_outcomes c
            where c.ticket_id = any(changed) and c.ticket_id = o.ticket_id and c.clock = o.clock and c.cycle = o.cycle);
      end if;
      -- In the order given, which is the chain's: the sequence numbers are taken in the order of the rows.
      insert into audit_log (chain, at, actor, action, entity, detail, prev_hash, hash)
        select a.chain, a.at, a.actor, a.action, a.entity, a.detail, a.prev_hash, a.hash
        from jsonb_array_elements(w->'audits') with ordinality as x (entry, n),
          jsonb_populate_record(null::audit_log, x.entry) a
        order by x.n;
      if w->>'channel' is not null then
        perform pg_notify(w->>'channel', n) from jsonb_array_elements_text(w->'notices') as n;
      end if;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop function surety_save_ticket_writes(jsonb)`.execute(db);
  await saveFunctionOf0141(db);
}
