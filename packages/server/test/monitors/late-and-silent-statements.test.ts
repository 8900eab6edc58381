import type { KyselyPlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { addComponent } from '../../src/services/catalog/add-component.js';
import { createService } from '../../src/services/catalog/create-service.js';
import { SYSTEM } from '../../src/services/core/service-context.js';
import { createMonitor } from '../../src/services/monitors/create.js';
import { rederiveChangesOf, settleSilentLocations } from '../../src/services/monitors/location-changes.js';
import { monitorConfig } from '../../src/services/monitors/monitor-config.js';
import {
  insertSamples,
  listMonitors,
  locationKey,
  upsertLatest,
} from '../../src/storage/repositories/monitor-repository.js';
import { backends, freshStore, skipped, type TestStore } from '../databases.js';

const at = Date.parse;
const HOUR = 3_600_000;

/**
 * A probe agent's buffer arriving hours late, and the silence settled after it, are derived for all their monitors
 * together (rederiveChangesOf), as a batch on time is: the statements they take do not grow with the number of
 * monitors. Counted by a Kysely plugin that sees every statement the store sends.
 */
describe.each(backends)('late batches and silent locations in statements bounded by monitors on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });

  /** `n` monitors at one location, whose buffer of 2 hours ago (failing, then passing) arrives now, then goes silent. */
  async function statementsFor(n: number): Promise<{ late: number; settle: number; silent: number }> {
    const now = at('2026-06-02T12:00:00Z');
    const store = await freshStore(backend, () => now);
    stores.push(store);
    const ctx = store.context(SYSTEM);
    await createService(ctx, { id: 'api', name: 'API', description: '' });
    await addComponent(ctx, 'api', { id: 'web', name: 'Web' });
    for (let i = 0; i < n; i++)
      await createMonitor(ctx, {
        id: `m-${i}`,
        serviceId: 'api',
        componentId: 'web',
        name: `m-${i}`,
        config: monitorConfig.parse({ type: 'tcp', host: '127.0.0.1', port: 9 }),
        intervalSeconds: 30,
        locations: ['eu'],
      });
    const monitors = await listMonitors(store.db);
    const location = await locationKey(store.db, 'eu', now);
    const from = now - 2 * HOUR;
    const rows = monitors.flatMap((m) =>
      Array.from({ length: 20 }, (_, i) => ({
        monitor_key: m.key,
        location_key: location,
        t: from + i * 30_000,
        ok: i < 5 ? 0 : 1,
        latency_ms: 10,
      })),
    );
    await insertSamples(store.db, rows);
    await upsertLatest(
      store.db,
      monitors.map((m) => ({ ...rows.filter((r) => r.monitor_key === m.key).pop()!, error: null, warning: null })),
    );

    let count = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => (count++, args.node),
      transformResult: async (args) => args.result,
    };
    const counted = store.db.withPlugin(counter);
    await counted.transaction().execute((trx) =>
      rederiveChangesOf(
        trx,
        monitors.map((monitor) => ({ monitor, from })),
        now,
      ),
    );
    const late = count;
    count = 0;
    // Through the context's own transaction, less the group commit (which writes over its own connection).
    await settleSilentLocations({ ...ctx, db: counted, writes: undefined });
    const settle = count;
    const last = await store.db
      .selectFrom('monitor_changes as c')
      .select(['c.monitor_key', 'c.reporting'])
      .where('c.at', '=', (eb) =>
        eb
          .selectFrom('monitor_changes as p')
          .select((e) => e.fn.max('p.at').as('at'))
          .whereRef('p.monitor_key', '=', 'c.monitor_key'),
      )
      .execute();
    return { late, settle, silent: last.filter((c) => c.reporting === 0).length };
  }

  it('a late buffer and the silence after it: as many statements for 30 monitors as for 3', async () => {
    const few = await statementsFor(3);
    const many = await statementsFor(30);
    // Every monitor went silent, and was written so.
    expect([few.silent, many.silent]).toEqual([3, 30]);
    expect(many.late).toBe(few.late);
    expect(many.settle).toBe(few.settle);
  }, 60_000);
});
