import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireDueTimers } from '../src/services/clocks/fire-due-timers.js';
import { getTicket } from '../src/services/tickets/get.js';
import { loadDemo, type DemoSummary } from '../src/services/demo/load-demo.js';
import type { ServiceContext } from '../src/services/core/service-context.js';
import { freshStore, type TestStore } from './databases.js';

const contracts = fileURLToPath(new URL('../../../contracts/', import.meta.url));
const NOW = Date.parse('2026-11-20T15:00:00Z');

describe('surety demo', () => {
  let store: TestStore;
  let summary: DemoSummary | 'already loaded';
  const at = (t: number): ServiceContext => ({ ...store.context(), now: () => t });
  beforeAll(async () => {
    store = await freshStore('sqlite', () => NOW);
    summary = await loadDemo(at(NOW), contracts);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('loads a quarter on every seed contract, once', async () => {
    expect(summary).toMatchObject({ customers: 5, tickets: 301 });
    expect(await loadDemo(at(NOW), contracts)).toBe('already loaded');
  });

  it('has a live request whose breach fires two minutes later, recorded at its true instant', async () => {
    const live = summary !== 'already loaded' ? summary.live : undefined;
    expect(live).toEqual({ ticket: 'initech-live', breachesAt: NOW + 120_000 });
    expect(await fireDueTimers(at(NOW + 60_000))).toEqual([]);
    const fired = await fireDueTimers(at(NOW + 125_000));
    expect(fired.map((f) => [f.ticketId, f.change, f.dueAt])).toEqual([['initech-live', 'breached', NOW + 120_000]]);
    const ticket = (await getTicket(at(NOW + 125_000), 'initech-live')) as { events: { type: string }[] };
    expect(ticket.events.map((e) => e.type)).toEqual(['opened', 'clock_warning', 'clock_breached']);
  });
});
