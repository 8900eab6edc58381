import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../src/services/core/service-context.js';
import { openStore } from '../src/services/core/store.js';
import { writeTransaction } from '../src/services/core/write-transaction.js';
import { migrate, openDatabase } from '../src/storage/database.js';

describe('the SQLite dialect', () => {
  it('has the migrator run a migration and its record in one transaction (a crash between them is impossible)', async () => {
    const store = openDatabase(':memory:');
    const migrator = new Migrator({
      db: store.db,
      provider: {
        getMigrations: async () => ({
          a: { up: async (db) => void (await sql`create table made_by_a (n integer)`.execute(db)) },
          b: {
            up: async (db) => {
              await sql`create table made_by_b (n integer)`.execute(db);
              throw new Error('the process dies here');
            },
          },
        }),
      },
    });
    const { error } = await migrator.migrateToLatest();
    expect(String(error)).toContain('the process dies here');
    // Nothing of it happened, recorded or not: run again, every migration starts from the same state.
    const tables = await sql<{ name: string }>`select name from sqlite_master where name like 'made_by_%'`.execute(
      store.db,
    );
    expect(tables.rows).toEqual([]);
    expect((await sql<{ name: string }>`select name from kysely_migration`.execute(store.db)).rows).toEqual([]);
    await store.close();
  });

  it('runs transactions started at once one after another on its one connection', async () => {
    const store = openDatabase(':memory:');
    await sql`create table counter (n integer not null)`.execute(store.db);
    await sql`insert into counter values (0)`.execute(store.db);
    // Each reads, yields, then writes: interleaved on one connection they would nest and fail, or lose updates.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.db.transaction().execute(async (trx) => {
          const { rows } = await sql<{ n: number }>`select n from counter`.execute(trx);
          await new Promise((resolve) => setImmediate(resolve));
          await sql`update counter set n = ${rows[0]!.n + 1}`.execute(trx);
        }),
      ),
    );
    expect((await sql<{ n: number }>`select n from counter`.execute(store.db)).rows[0]!.n).toBe(20);
    await store.close();
  });

  it('syncs each commit through its log file: another connection reads what resolved while the first is open', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'surety-dialect-')), 'store.db');
    const store = openDatabase(file);
    await migrate(store.db);
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('customers').values({ id: 'c1', name: 'One', created_at: 1 }).execute();
    });
    await store.db.insertInto('customers').values({ id: 'c2', name: 'Two', created_at: 2 }).execute();
    const other = new SQLite(file, { readonly: true });
    expect(other.prepare('select id from customers order by id').all()).toEqual([{ id: 'c1' }, { id: 'c2' }]);
    other.close();
    await store.close();
  });

  it('acknowledges grouped writes once synced, while the next group runs: each is there, refused ones alone are not', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'surety-dialect-')), 'store.db');
    const store = await openStore(file);
    const ctx = store.context(SYSTEM);
    // Arriving together, in waves, so that one group is written while the one before it is being synced.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 300 }, async (_, i) => {
        if (i % 100 === 50) await new Promise((resolve) => setTimeout(resolve, 1));
        return writeTransaction(ctx, async (trx) => {
          await trx
            .insertInto('customers')
            .values({ id: `c${i}`, name: `C${i}`, created_at: i })
            .execute();
          // Every seventh write fails after writing: its savepoint is rolled back, the others commit.
          if (i % 7 === 0) throw new Error(`refused ${i}`);
          return i;
        });
      }),
    );
    const acknowledged = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(acknowledged).toHaveLength(300 - Math.ceil(300 / 7));
    await store.close();
    const other = new SQLite(file, { readonly: true });
    const ids = other.prepare('select created_at as i from customers order by created_at').all() as { i: number }[];
    other.close();
    expect(ids.map((r) => r.i)).toEqual(acknowledged.sort((a, b) => a - b));
  });
});
