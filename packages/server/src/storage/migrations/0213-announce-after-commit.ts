import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL: a function that sends notifications on a channel (`payloads`: a JSON array of strings), for a batch of
 * ticket events to announce its changes after its COMMIT instead of within its transaction
 * (storage/pg-batch-transaction.ts, `afterCommit`). A transaction that notifies takes one lock for the whole server
 * from its NOTIFY's queueing until its end (PostgreSQL's async.c: notifications queue in commit order), so the
 * durable commits of such transactions, the wait for their log to reach the disk included, went one at a time, in
 * this process and in every other one on the server. A NOTIFY that follows the COMMIT, in a transaction of its own
 * that writes nothing, does not wait for the disk.
 *
 * It runs after the batch has committed, in the same simple query: a failure (the notification queue full) must not
 * read as the batch's, so it is only a warning. A change not announced is what a listener that reconnects already
 * copes with (storage/change-channel.ts: clients refetch).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function surety_announce(channel text, payloads jsonb) returns void language plpgsql volatile as $$
    begin
      perform pg_notify(channel, p) from jsonb_array_elements_text(payloads) as p;
    exception when others then
      raise warning 'surety_announce on %: %', channel, sqlerrm;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop function surety_announce(text, jsonb)`.execute(db);
}
