import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedStatementClient } from '../src/storage/prepared-pg-client.js';
import { freshDatabase, skipped } from './databases.js';
import type { Database } from '../src/storage/database.js';

describe('statements prepared per PostgreSQL connection', () => {
  if (skipped('postgres')) return void it.skip('postgres (SURETY_TEST_POSTGRES=off)', () => {});
  let store: Database & { url: string };
  // Used through pg.Client's own signatures, as the pool uses it.
  let client: pg.Client;
  beforeAll(async () => {
    store = await freshDatabase('postgres', { migrated: false });
    client = new PreparedStatementClient({ connectionString: store.url });
    await client.connect();
    await client.query('create table things (id integer primary key, name text)');
    await client.query('insert into things values (1, $1)', ['one']);
  });
  afterAll(async () => {
    await client?.end();
    await store?.close();
  });

  it('prepares a statement with parameters once and runs it again by name', async () => {
    for (let i = 0; i < 3; i++)
      expect((await client.query('select name from things where id = $1', [1])).rows).toEqual([{ name: 'one' }]);
    const prepared = await client.query('select statement from pg_prepared_statements');
    const texts = prepared.rows.map((r: { statement: string }) => r.statement);
    expect(texts.filter((t) => t === 'select name from things where id = $1')).toHaveLength(1);
  });

  it('fails once when another connection changes the table under it, then prepares afresh', async () => {
    const text = 'select * from things where id = $1';
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, name: 'one' }]);
    const other = new pg.Client({ connectionString: store.url });
    await other.connect();
    await other.query('alter table things add column size integer');
    await other.end();
    await expect(client.query(text, [1])).rejects.toMatchObject({ code: '0A000' });
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, name: 'one', size: null }]);
  });
});
