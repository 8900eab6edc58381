import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  impactSegments,
  publicOutageRule,
  segmentsOf,
  uptimeBySlot,
} from '../src/services/availability/component-uptime.js';
import { assignContract } from '../src/services/contracts/assign.js';
import { publishContract } from '../src/services/contracts/publish.js';
import { createCustomer } from '../src/services/customers/create.js';
import { openIncident, updateIncident } from '../src/services/incidents/post-update.js';
import { addComponent } from '../src/services/catalog/add-component.js';
import { createService } from '../src/services/catalog/create-service.js';
import { statusPage, UPTIME_DAYS } from '../src/services/status/status-page.js';
import { storeDailyUptime, uptimeGeneration } from '../src/storage/repositories/status-uptime-repository.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;
const MIN = 60_000;

// An outage is 10% or more of users for 60 s or more (TechJutsu §2.1's wording), 24x7 UTC.
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

/**
 * The status page keeps each day's uptime once measured (storage/status-tables.ts): what it shows must always equal
 * what the engine measures from the inputs now, after every kind of change that can move a stored day.
 */
describe.each(backends)('stored daily uptime on %s', (backend) => {
  let store: TestStore;
  let clock = at('2026-07-20T12:00:00Z');
  const ctx = () => store.context();

  /** The 90 days measured from scratch, as the page did before days were kept. */
  async function measuredNow(serviceId: string, componentId: string) {
    const today = Math.floor(clock / DAY) * DAY;
    const from = today - (UPTIME_DAYS - 1) * DAY;
    const slots = Array.from({ length: UPTIME_DAYS }, (_, i) => ({ start: from + i * DAY, end: from + (i + 1) * DAY }));
    const segments = await impactSegments(store.db, from - DAY, today + 2 * DAY, clock);
    return uptimeBySlot(
      segmentsOf(segments, serviceId, componentId),
      await publicOutageRule(store.db, ctx().caches.compiledContracts),
      slots,
      clock,
    );
  }
  const shown = async (serviceId: string, componentId: string) =>
    (await statusPage(ctx())).services.find((s) => s.id === serviceId)!.components.find((c) => c.id === componentId)!
      .days;
  const storedDays = async () =>
    Number(
      (
        await store.db
          .selectFrom('status_uptime_days')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );
  async function expectAsMeasured() {
    for (const [s, c] of [
      ['voice', 'api'],
      ['voice', 'routing'],
      ['web', 'portal'],
    ] as const)
      expect(await shown(s, c)).toEqual(await measuredNow(s, c));
  }

  beforeAll(async () => {
    if (skipped(backend)) return;
    store = await freshStore(backend, () => clock);
    await createService(ctx(), { id: 'voice', name: 'Voice', description: '' });
    await addComponent(ctx(), 'voice', { id: 'api', name: 'API' });
    await addComponent(ctx(), 'voice', { id: 'routing', name: 'Routing' });
    await createService(ctx(), { id: 'web', name: 'Web', description: '' });
    await addComponent(ctx(), 'web', { id: 'portal', name: 'Portal' });
  });
  afterAll(async () => store?.close());

  it.skipIf(skipped(backend))('past days are measured once, kept, and equal a fresh measurement', async () => {
    // 5% of users on the API for 2 h on 1 July: any impairment counts while no contract is assigned.
    await openIncident(ctx(), {
      title: 'slow',
      kind: 'incident',
      text: 'slow',
      start: at('2026-07-01T10:00:00Z'),
      end: at('2026-07-01T12:00:00Z'),
      fraction: 0.05,
      components: [{ serviceId: 'voice', componentId: 'api' }],
    });
    expect(await storedDays()).toBe(0);
    await expectAsMeasured();
    // 88 days kept: today and yesterday are measured on every read.
    expect(await storedDays()).toBe(UPTIME_DAYS - 2);
    expect((await shown('voice', 'api')).find((d) => d.start === at('2026-07-01T00:00:00Z'))!.outageMs).toBe(
      2 * 60 * MIN,
    );
  });

  it.skipIf(skipped(backend))('a change to the inputs of a kept day is shown at once', async () => {
    // The whole offering down for 10 minutes on 15 June, recorded after the day was kept.
    await openIncident(ctx(), {
      title: 'power',
      kind: 'incident',
      text: 'power',
      start: at('2026-06-15T03:00:00Z'),
      end: at('2026-06-15T03:10:00Z'),
      fraction: 1,
      components: [],
    });
    expect(await storedDays()).toBeLessThan(UPTIME_DAYS - 2);
    await expectAsMeasured();
    expect((await shown('web', 'portal')).find((d) => d.start === at('2026-06-15T00:00:00Z'))!.outageMs).toBe(10 * MIN);
    expect(await storedDays()).toBe(UPTIME_DAYS - 2);
  });

  it.skipIf(skipped(backend))(
    'an outage across midnight is judged whole, and an incident still open keeps its days measured',
    async () => {
      clock = at('2026-07-20T12:00:00Z');
      await expectAsMeasured();
      // An incident opened 40 s before midnight three days ago and still open: neither 40 s nor the rest is under the
      // 60 s minimum on its own; the day before midnight is kept only once it is resolved.
      const opened = await openIncident(
        { ...ctx(), now: () => at('2026-07-16T23:59:20Z') },
        {
          title: 'Routing down',
          kind: 'incident',
          status: 'investigating',
          text: 'Calls fail.',
          fraction: 1,
          components: [{ serviceId: 'voice', componentId: 'routing' }],
        },
      );
      await expectAsMeasured();
      const days = await shown('voice', 'routing');
      expect(days.find((d) => d.start === at('2026-07-16T00:00:00Z'))!.outageMs).toBe(40_000);
      await updateIncident({ ...ctx(), now: () => at('2026-07-17T00:00:30Z') }, opened.id, {
        status: 'resolved',
        text: 'Fixed.',
        fraction: 0,
        components: [{ serviceId: 'voice', componentId: 'routing' }],
      });
      await expectAsMeasured();
      const after = await shown('voice', 'routing');
      expect(after.find((d) => d.start === at('2026-07-16T00:00:00Z'))!.outageMs).toBe(40_000);
      expect(after.find((d) => d.start === at('2026-07-17T00:00:00Z'))!.outageMs).toBe(30_000);
      expect(await storedDays()).toBe(UPTIME_DAYS - 2);
    },
  );

  it.skipIf(skipped(backend))('a contract with another outage rule has every day measured again by it', async () => {
    await createCustomer(ctx(), { id: 'acme', name: 'Acme' });
    await publishContract(ctx(), contract);
    await assignContract(ctx(), { customerId: 'acme', contractId: 'plain' });
    await expectAsMeasured();
    // 5% is under the contract's 10% threshold: 1 July's slow API is no outage any more.
    expect((await shown('voice', 'api')).find((d) => d.start === at('2026-07-01T00:00:00Z'))!.outageMs).toBe(0);
    // 70 s across midnight, each side under 60 s: one outage of 70 s by the contract's own rule.
    expect((await shown('voice', 'routing')).find((d) => d.start === at('2026-07-16T00:00:00Z'))!.outageMs).toBe(
      40_000,
    );
  });

  it.skipIf(skipped(backend))('days measured before a concurrent change are not stored over it', async () => {
    const before = await uptimeGeneration(store.db);
    await openIncident(ctx(), {
      title: 'late report',
      kind: 'incident',
      text: 'late report',
      start: at('2026-06-01T00:00:00Z'),
      end: at('2026-06-01T01:00:00Z'),
      fraction: 1,
      components: [],
    });
    const day = { day: at('2026-06-01T00:00:00Z'), rule: 'stale', components: 'stale', outages: '{}' };
    expect(await store.db.transaction().execute((trx) => storeDailyUptime(trx, [day], before))).toBe(false);
    expect(await store.db.selectFrom('status_uptime_days').selectAll().where('rule', '=', 'stale').execute()).toEqual(
      [],
    );
    await expectAsMeasured();
  });
});
