import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComponent } from '../src/services/catalog/add-component.js';
import { createService } from '../src/services/catalog/create-service.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { createMonitor } from '../src/services/monitors/create.js';
import { monitorConfig } from '../src/services/monitors/monitor-config.js';
import { PreparedStatementClient } from '../src/storage/prepared-pg-client.js';
import {
  changesBetween,
  insertSamples,
  listMonitors,
  listMonitorsById,
  locationKey,
  samplesFrom,
  upsertLatest,
  type MonitorRow,
} from '../src/storage/repositories/monitor-repository.js';
import type { Tables } from '../src/storage/tables.js';
import { freshStore, skipped, type TestStore } from './databases.js';

/**
 * Lists of every length leave a bounded number of statements prepared on a PostgreSQL connection (300 at most), so
 * that the statements prepared stay those that run again: counted in pg_prepared_statements, on one connection.
 */
describe('statements prepared for lists of every length stay few', () => {
  if (skipped('postgres')) return void it.skip('postgres (SURETY_TEST_POSTGRES=off)', () => {});
  let store: TestStore;
  let db: Kysely<Tables>;
  let monitors: MonitorRow[];
  const prepared = async () =>
    (
      await db
        .selectFrom('pg_prepared_statements' as never)
        .select('statement' as never)
        .execute()
    ).length;

  beforeAll(async () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    store = await freshStore('postgres', () => now);
    const ctx = store.context(SYSTEM);
    await createService(ctx, { id: 'api', name: 'API', description: '' });
    await addComponent(ctx, 'api', { id: 'web', name: 'Web' });
    for (let i = 0; i < 30; i++)
      await createMonitor(ctx, {
        id: `m-${String(i).padStart(2, '0')}`,
        serviceId: 'api',
        componentId: 'web',
        name: `m-${i}`,
        config: monitorConfig.parse({ type: 'tcp', host: '127.0.0.1', port: 9 }),
        intervalSeconds: 30,
        locations: ['eu'],
      });
    monitors = await listMonitors(store.db);
    // One connection, so that every statement below is prepared (or not) on the one whose statements are read.
    db = new Kysely<Tables>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ Client: PreparedStatementClient, connectionString: store.url, max: 1 }),
      }),
    });
  });
  afterAll(async () => {
    await db?.destroy();
    await store?.close();
  });

  it('a probe batch of any size: the same prepared statements for 3 monitors as for 30', async () => {
    const location = await locationKey(db, 'eu', 0);
    const batch = async (n: number) => {
      const some = monitors.slice(0, n);
      expect(
        await listMonitorsById(
          db,
          some.map((m) => m.id),
        ),
      ).toHaveLength(n);
      const rows = some.map((m) => ({
        monitor_key: m.key,
        location_key: location,
        t: n * 30_000,
        ok: 1,
        latency_ms: n,
      }));
      await insertSamples(db, rows);
      await upsertLatest(
        db,
        rows.map((r) => ({ ...r, error: null, warning: n % 2 ? 'slow' : null })),
      );
      const keys = some.map((m) => m.key);
      expect(await samplesFrom(db, keys, n * 30_000)).toHaveLength(n);
      await changesBetween(db, keys, 0, Number.MAX_SAFE_INTEGER);
    };
    for (let n = 1; n <= 3; n++) await batch(n);
    const few = await prepared();
    for (let n = 4; n <= 30; n++) await batch(n);
    expect(await prepared()).toBe(few);
    // And they run prepared at every size: their lists go as arrays, one text for all.
    const texts = (
      await db
        .selectFrom('pg_prepared_statements' as never)
        .select('statement' as never)
        .execute()
    ).map((r) => (r as { statement: string }).statement);
    expect(texts.filter((t) => t.includes('insert into "monitor_samples"'))).toEqual([
      expect.stringContaining('select * from unnest('),
    ]);
    expect(texts.filter((t) => t.includes('from "monitors"'))).toEqual([expect.stringContaining('"id" = any(')]);
    // What was written is there: the samples of every batch, and each monitor's latest from the last batch it was in.
    expect(
      await samplesFrom(
        db,
        monitors.map((m) => m.key),
        0,
      ),
    ).toHaveLength((30 * 31) / 2);
    const latest = await db.selectFrom('monitor_latest').select(['t', 'warning']).orderBy('monitor_key').execute();
    expect(latest.map((l) => Number(l.t))).toEqual(monitors.map(() => 30 * 30_000));
  });

  it('a list the code passes one parameter per item prepares one text of its shape, not one per length', async () => {
    // Used through pg.Client's own signatures, as the pool uses it.
    const client: pg.Client = new PreparedStatementClient({ connectionString: store.url });
    await client.connect();
    try {
      await client.query('create temporary table things (id integer primary key)');
      for (let n = 1; n <= 40; n++) {
        const values = Array.from({ length: n }, (_, i) => n * 100 + i);
        const list = values.map((_, i) => `$${i + 1}`);
        await client.query(`insert into things values ${list.map((p) => `(${p})`).join(', ')}`, values);
        const found = await client.query(`select id from things where id in (${list.join(', ')})`, values);
        expect(found.rows).toHaveLength(n);
      }
      const texts = await client.query('select statement from pg_prepared_statements');
      expect(texts.rows).toHaveLength(2);
    } finally {
      await client.end();
    }
  });
});
