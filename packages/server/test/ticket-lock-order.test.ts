import { sql } from 'kysely';
import pg from 'pg';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareBytes } from '../src/storage/repositories/byte-order.js';
import type { Executor } from '../src/storage/repositories/executor.js';
import { findTicketsForWrite, lockTickets, setContractVersion } from '../src/storage/repositories/ticket-repository.js';
import { freshDatabase, skipped } from './databases.js';

describe('byte order of strings', () => {
  it('is the order of their UTF-8 bytes (PostgreSQL\'s "C" collation), also where UTF-16 code units disagree', () => {
    const sign = (n: number) => Math.sign(n);
    const bytes = (a: string, b: string) => sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));
    // U+FF5E sorts before U+1F600 in code points and UTF-8, after its surrogates in UTF-16 code units.
    expect(compareBytes('\uff5e', '😀')).toBeLessThan(0);
    expect('\uff5e' < '😀').toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(sign(compareBytes(a, b))).toBe(bytes(a, b));
      }),
    );
  });
});

/**
 * Every locker of tickets takes their locks in one order, byte order of their ids, whatever the database's
 * collation: else a contract change's recompute and a batch of events sharing two tickets could each hold one and
 * wait for the other. The database here collates as ICU's en-US, which puts 'a1' before 'B1' (case is a tie-breaker
 * there); byte order puts 'B1' (0x42) first. Each locker is stopped at its second lock by another transaction
 * holding it: the first must then be the locker's already.
 */
describe.skipIf(skipped('postgres'))('ticket locks in a database that does not collate in byte order', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let holder: pg.Client;
  let prober: pg.Client;
  beforeAll(async () => {
    database = await freshDatabase('postgres', { icuLocale: 'en-US' });
    await sql`insert into customers (id, name, created_at) values ('c', 'C', 0)`.execute(database.db);
    for (const id of ['a1', 'B1'])
      await sql`insert into tickets (id, customer_id, contract_id, contract_version, opened_at, fields)
        values (${id}, 'c', 'k', 1, 0, '{}')`.execute(database.db);
    holder = new pg.Client({ connectionString: database.url });
    prober = new pg.Client({ connectionString: database.url });
    await Promise.all([holder.connect(), prober.connect()]);
  });
  afterAll(async () => {
    await Promise.all([holder?.end(), prober?.end()]);
    await database?.close();
  });

  it("collates 'a1' before 'B1', which byte order does not", async () => {
    const { rows } = await prober.query(`select id from tickets order by id`);
    expect(rows.map((r) => r.id)).toEqual(['a1', 'B1']);
  });

  it.each([
    ['lockTickets (a timer, a rebuild, an assignment)', (trx: Executor) => lockTickets(trx, ['a1', 'B1'])],
    ['setContractVersion (a recompute)', (trx: Executor) => setContractVersion(trx, ['a1', 'B1'], 2)],
    ['the batch write lock function (migration 0210)', (trx: Executor) => findTicketsForWrite(trx, ['a1', 'B1'])],
  ])('%s locks B1 before a1', async (_, lock) => {
    await holder.query(`begin; select 1 from tickets where id = 'a1' for update`);
    const locking = database.db.transaction().execute(async (trx) => {
      await lock(trx);
    });
    try {
      await waitingForLock(prober, database.url);
      const { rows } = await prober.query(`select id from tickets where id in ('a1', 'B1') for update skip locked`);
      expect(rows).toEqual([]);
    } finally {
      await holder.query('rollback');
      await locking;
    }
  });
});

/** Resolves once a session of the database waits for a lock (polled: when is not asserted, only that it does). */
async function waitingForLock(client: pg.Client, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  for (;;) {
    const { rows } = await client.query(
      `select 1 from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
      [name],
    );
    if (rows.length) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
