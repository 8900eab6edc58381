import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '@surety/engine';
import { SYSTEM, type ServiceContext } from '../../src/services/core/service-context.js';
import { writeTransaction } from '../../src/services/core/write-transaction.js';
import { addComponent } from '../../src/services/catalog/add-component.js';
import { createService } from '../../src/services/catalog/create-service.js';
import { createMonitor } from '../../src/services/monitors/create.js';
import { settleSilentLocations } from '../../src/services/monitors/location-changes.js';
import { monitorConfig } from '../../src/services/monitors/monitor-config.js';
import { recordSamples, type SampleInput } from '../../src/services/monitors/record-samples.js';
import { rollUp, rollUpRange, ROLLUP_SETTLE_MS } from '../../src/services/monitors/rollups.js';
import {
  insertSamples,
  listMonitorsById,
  locationKey,
  upsertLatest,
  type MonitorRow,
} from '../../src/storage/repositories/monitor-repository.js';
import { backends, freshStore, skipped, type TestStore } from '../databases.js';
import { rederiveOneMonitor, settleSilentOneByOne } from './per-monitor-derivation.js';

const at = Date.parse;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * recordSamples as it was before batches were derived together: the same writes, each monitor's changes derived
 * again by rederiveOneMonitor, one monitor after the other. The reference the batch path must equal.
 */
async function recordOneByOne(ctx: ServiceContext, location: string, samples: readonly SampleInput[]): Promise<void> {
  const now = ctx.now();
  const earliest = await writeTransaction(ctx, async (trx) => {
    const key = await locationKey(trx, location, now);
    const monitors = new Map<string, MonitorRow>();
    for (const m of await listMonitorsById(trx, [...new Set(samples.map((s) => s.monitorId))]))
      if ((JSON.parse(m.locations) as string[]).includes(location)) monitors.set(m.id, m);
    const kept = samples.filter((s) => monitors.has(s.monitorId));
    const row = (s: SampleInput) => ({
      monitor_key: monitors.get(s.monitorId)!.key,
      location_key: key,
      t: s.t,
      ok: s.ok ? 1 : 0,
      latency_ms: Math.max(0, Math.round(s.latencyMs)),
    });
    await insertSamples(trx, kept.map(row));
    const latest = new Map<string, SampleInput>();
    for (const s of kept) if ((latest.get(s.monitorId)?.t ?? -Infinity) <= s.t) latest.set(s.monitorId, s);
    await upsertLatest(
      trx,
      [...latest.values()].map((s) => ({ ...row(s), error: null, warning: null })),
    );
    const from = new Map<string, number>();
    for (const s of kept) from.set(s.monitorId, Math.min(from.get(s.monitorId) ?? Infinity, s.t));
    for (const [id, t] of from) await rederiveOneMonitor(trx, monitors.get(id)!, t, now);
    return Math.min(...from.values());
  });
  if (earliest < now - ROLLUP_SETTLE_MS) await rollUpRange(ctx, earliest, now - ROLLUP_SETTLE_MS);
}

const PROBES = ['eu', 'us', 'ap', 'sa'];
/** Different intervals, location sets and stale windows (heartbeats add their grace). */
const MONITORS = [
  {
    id: 'tcp-10',
    intervalSeconds: 10,
    locations: ['eu', 'us', 'ap'],
    config: { type: 'tcp', host: '127.0.0.1', port: 9 },
  },
  { id: 'tcp-30a', intervalSeconds: 30, locations: PROBES, config: { type: 'tcp', host: '127.0.0.1', port: 9 } },
  { id: 'tcp-30b', intervalSeconds: 30, locations: ['eu', 'us'], config: { type: 'tcp', host: '127.0.0.1', port: 9 } },
  {
    id: 'tcp-60',
    intervalSeconds: 60,
    locations: ['us', 'ap', 'sa'],
    config: { type: 'tcp', host: '127.0.0.1', port: 9 },
  },
  { id: 'tcp-300', intervalSeconds: 300, locations: PROBES, config: { type: 'tcp', host: '127.0.0.1', port: 9 } },
  { id: 'beat-0', intervalSeconds: 60, locations: [], config: { type: 'heartbeat', graceMs: 0 } },
  { id: 'beat-45', intervalSeconds: 30, locations: [], config: { type: 'heartbeat', graceMs: 45_000 } },
];
const LOCATIONS = [...PROBES, 'push'];
const locationsOf = (m: (typeof MONITORS)[number]) => (m.locations.length ? m.locations : ['push']);

/**
 * A batch's monitors derived together (rederiveChangesOf), late batches and settled silence included, leave exactly
 * what deriving them one by one (per-monitor-derivation.ts) left: the same location changes, failing spans, kept
 * days dropped (and whether the status page's generation moved), latest results, samples and rollups. Seeded-random
 * scenarios across a UTC midnight (the hour before it drops kept days on every batch): results flip between ok and
 * failing, locations fall silent for longer than any stale window and then deliver their buffer late (some within
 * 10 minutes, some later, in groups of their own), batches are held back a few steps, slots are sent twice (with
 * another result), and the worker settles silent locations (all together on one side, one by one on the other) and
 * rolls up between.
 */
describe.each(backends)('batch location changes equal the per-monitor derivation on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let batch: TestStore;
  let reference: TestStore;
  let clock = 0;

  beforeEach(async () => {
    // Each scenario 40 minutes from 23:30 (the hour before midnight drops kept days on every batch) across midnight.
    clock = at('2026-06-01T23:30:00Z');
    batch = await freshStore(backend, () => clock);
    reference = await freshStore(backend, () => clock);
    await setUp(batch);
    await setUp(reference);
  });
  afterEach(async () => {
    await batch?.close();
    await reference?.close();
  });

  async function setUp(store: TestStore) {
    const ctx = store.context(SYSTEM);
    await createService(ctx, { id: 'api', name: 'API', description: '' });
    await addComponent(ctx, 'api', { id: 'web', name: 'Web' });
    for (const m of MONITORS)
      await createMonitor(ctx, {
        id: m.id,
        serviceId: 'api',
        componentId: 'web',
        name: m.id,
        config: monitorConfig.parse(m.config),
        intervalSeconds: m.intervalSeconds,
        locations: m.locations,
      });
    await store.db.deleteFrom('status_uptime_days').execute();
  }

  /** A kept day for every day around the scenario, so that what each path drops shows. */
  async function keepDays(store: TestStore) {
    const first = at('2026-05-25T00:00:00Z');
    const days = Array.from({ length: 12 }, (_, i) => ({
      day: first + i * DAY,
      rule: 'r',
      components: 'c',
      outages: '{}',
    }));
    await store.db
      .insertInto('status_uptime_days')
      .values(days)
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
  }

  async function generation(store: TestStore): Promise<number> {
    const row = await store.db.selectFrom('status_uptime_generation').select('generation').executeTakeFirstOrThrow();
    return Number(row.generation);
  }

  /** Changes and failing spans (those reaching `since` or later), and the kept days. */
  async function derived(store: TestStore, since = 0) {
    return {
      changes: await store.db
        .selectFrom('monitor_changes')
        .selectAll()
        .where('at', '>=', since)
        .orderBy('monitor_key')
        .orderBy('at')
        .execute(),
      spans: await store.db
        .selectFrom('monitor_failing_spans')
        .selectAll()
        .where((eb) => eb.or([eb('end', 'is', null), eb('end', '>=', since)]))
        .orderBy('monitor_key')
        .orderBy('start')
        .execute(),
      days: (await store.db.selectFrom('status_uptime_days').select('day').orderBy('day').execute()).map((d) =>
        Number(d.day),
      ),
    };
  }

  async function stored(store: TestStore) {
    return {
      latest: await store.db
        .selectFrom('monitor_latest')
        .selectAll()
        .orderBy('monitor_key')
        .orderBy('location_key')
        .execute(),
      samples: await store.db
        .selectFrom('monitor_samples')
        .selectAll()
        .orderBy('monitor_key')
        .orderBy('t')
        .orderBy('location_key')
        .execute(),
      rollups: await store.db
        .selectFrom('monitor_rollups')
        .selectAll()
        .orderBy('size')
        .orderBy('start')
        .orderBy('monitor_key')
        .execute(),
    };
  }

  it.each([1, 2, 3])(
    'scenario with seed %i',
    async (seed) => {
      const next = seededRandom(seed);
      const STEP = 20_000;
      const failing = new Map<string, boolean>();
      const silentUntil = new Map<string, number>();
      /** Samples a location holds back (silent with a buffer, or a slow delivery), delivered at `due`. */
      const held: { location: string; due: number; samples: SampleInput[] }[] = [];
      const sent: { location: string; sample: SampleInput }[] = [];
      const seen = { lateInWindow: 0, lateBeyondWindow: 0, duplicates: 0, keptDaysDropped: 0 };

      async function record(location: string, samples: SampleInput[]) {
        const earliest = Math.min(...samples.map((s) => s.t));
        if (earliest < clock - 10 * MINUTE) seen.lateBeyondWindow++;
        else if (earliest < clock - 2 * MINUTE) seen.lateInWindow++;
        const before = [await generation(batch), await generation(reference)];
        await recordSamples(batch.context(SYSTEM), location, samples);
        await recordOneByOne(reference.context(SYSTEM), location, samples);
        const moved = [(await generation(batch)) > before[0]!, (await generation(reference)) > before[1]!];
        expect(moved[0], `kept days invalidated at ${new Date(clock).toISOString()}`).toBe(moved[1]);
        if (moved[0]) seen.keptDaysDropped++;
        for (const sample of samples) sent.push({ location, sample });
      }

      for (let step = 0; step < 120; step++) {
        const from = clock;
        clock += STEP;
        if (step % 15 === 0) {
          await keepDays(batch);
          await keepDays(reference);
        }
        for (const location of LOCATIONS) {
          if ((silentUntil.get(location) ?? 0) <= from && next() < 0.015) {
            // Silent for 2 to 25 minutes, longer than any stale window but the 300 s monitor's; half keep a buffer.
            silentUntil.set(location, clock + Math.floor(2 * MINUTE + next() * 23 * MINUTE));
            if (next() < 0.5) held.push({ location, due: silentUntil.get(location)!, samples: [] });
          }
          const samples: SampleInput[] = [];
          for (const m of MONITORS) {
            if (!locationsOf(m).includes(location)) continue;
            const interval = m.intervalSeconds * 1000;
            const offset = (MONITORS.indexOf(m) * 7_000) % interval;
            for (let t = Math.ceil((from + 1 - offset) / interval) * interval + offset; t <= clock; t += interval) {
              const state = `${m.id}/${location}`;
              if (next() < 0.08) failing.set(state, !failing.get(state));
              samples.push({ monitorId: m.id, t, ok: !failing.get(state), latencyMs: Math.floor(next() * 200) });
            }
          }
          // Now and then a slot sent again (a check two processes ran), with whatever result.
          if (sent.length && next() < 0.05) {
            const again = sent[Math.floor(next() * sent.length)]!;
            if (again.location === location) {
              samples.push({ ...again.sample, ok: next() < 0.5 });
              seen.duplicates++;
            }
          }
          if ((silentUntil.get(location) ?? 0) > clock) {
            const buffer = held.find((h) => h.location === location && h.due > clock);
            buffer?.samples.push(...samples);
            continue;
          }
          if (samples.length && next() < 0.04) {
            held.push({ location, due: clock + Math.ceil(next() * 4) * STEP, samples });
            continue;
          }
          if (samples.length) await record(location, samples);
        }
        for (const h of held.filter((h) => h.due <= clock)) {
          held.splice(held.indexOf(h), 1);
          if (h.samples.length) await record(h.location, h.samples);
        }
        if (step % 6 === 5) {
          await settleSilentLocations(batch.context(SYSTEM));
          await settleSilentOneByOne(reference.context(SYSTEM));
        }
        // What the last hour's batches derived (late ones reach 25 minutes back); everything once at the end.
        expect(await derived(batch, clock - HOUR), `at ${new Date(clock).toISOString()}`).toEqual(
          await derived(reference, clock - HOUR),
        );
        if (step % 9 === 8) {
          await rollUp(batch.context(SYSTEM));
          await rollUp(reference.context(SYSTEM));
        }
      }
      expect(await derived(batch)).toEqual(await derived(reference));
      expect(await stored(batch)).toEqual(await stored(reference));
      // The scenario reached what it is about: late batches on both sides of the window, slots sent twice, outages.
      expect(seen.lateInWindow).toBeGreaterThan(0);
      expect(seen.lateBeyondWindow).toBeGreaterThan(0);
      expect(seen.duplicates).toBeGreaterThan(0);
      expect(seen.keptDaysDropped).toBeGreaterThan(0);
      const { changes, spans } = await derived(batch);
      expect(changes.length).toBeGreaterThan(100);
      expect(spans.length).toBeGreaterThan(10);
    },
    120_000,
  );
});
