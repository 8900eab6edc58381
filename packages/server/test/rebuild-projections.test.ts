import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignContract } from '../src/services/contracts/assign.js';
import { createCustomer } from '../src/services/customers/create.js';
import { openTicket } from '../src/services/tickets/open.js';
import { publishContract } from '../src/services/contracts/publish.js';
import { rebuildProjections } from '../src/services/tickets/rebuild-projections.js';
import { recordTicketEvent } from '../src/services/tickets/record-event.js';
import { SYSTEM, type ServiceContext } from '../src/services/core/service-context.js';
import { openStore } from '../src/services/core/store.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';
import { surety } from './run-cli.js';

const contract = `surety: 1
contract: { id: rebuild, title: Rebuild, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans:
  standard:
    name: Standard
    targets: { S1: { first_response: { within: 1h, warn_at: ['75%'] }, resolution: { within: 8h } } }
`;
const T0 = Date.parse('2026-07-01T12:00:00Z');

/** A customer with 30 requests in every state: answered, waiting, warned, breached. */
async function populate(ctx: ServiceContext & { clock: { now: number } }): Promise<void> {
  await createCustomer(ctx, { id: 'acme', name: 'Acme' });
  await publishContract(ctx, contract);
  await assignContract(ctx, { customerId: 'acme', contractId: 'rebuild' });
  for (let i = 0; i < 30; i++) {
    ctx.clock.now = T0 + i * 10 * 60_000;
    await openTicket(ctx, { id: `R-${i}`, customerId: 'acme', contractId: 'rebuild', severity: 'S1', fields: {} });
    if (i % 3 === 0) await recordTicketEvent(ctx, `R-${i}`, { type: 'replied', author: 'agent', public: true });
  }
  ctx.clock.now = T0 + 6 * 3_600_000;
}

describe.each(backends)('rebuilding clock projections on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  afterAll(async () => {
    await store?.close();
  });

  it('re-derives every projection from the events, as it was', async () => {
    const clock = { now: T0 };
    store = await freshStore(backend, () => clock.now);
    const ctx = { ...store.context(), clock };
    await populate(ctx);
    // Bring every projection up to date first: the rebuild must then change nothing.
    await rebuildProjections(ctx);
    const projections = () =>
      store.db
        .selectFrom('clock_projections')
        .select(['ticket_id', 'last_seq', 'state', 'next_due_at'])
        .orderBy('ticket_id')
        .execute();
    const before = await projections();
    expect(before).toHaveLength(30);
    await store.db.deleteFrom('clock_projections').execute();
    expect(await rebuildProjections(ctx)).toEqual({ tickets: 30, recorded: 0 });
    expect(await projections()).toEqual(before);
  });

  it('records what fell due unrecorded while nothing ran', async () => {
    await store?.close();
    const clock = { now: T0 };
    store = await freshStore(backend, () => clock.now);
    const ctx = { ...store.context(), clock };
    await populate(ctx); // six hours on, no timer has run: the unanswered requests' warnings and breaches are due
    const r = await rebuildProjections(ctx);
    // 20 unanswered requests, each with a 75% warning and a breach of its first response.
    expect(r).toEqual({ tickets: 30, recorded: 40 });
    const breached = await store.db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'at'])
      .where('type', '=', 'clock_breached')
      .where('ticket_id', '=', 'R-1')
      .execute();
    // R-1 opened at 12:10; its first response was due at 13:10, and is recorded at that instant.
    expect(breached).toEqual([{ ticket_id: 'R-1', at: Date.parse('2026-07-01T13:10:00Z') }]);
  });
});

describe('surety projections rebuild', () => {
  it('rebuilds a SQLite store and says what it did', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'surety-rebuild-')), 'store.db');
    const store = await openStore(file);
    const clock = { now: T0 };
    await populate({ ...store.context(SYSTEM, () => clock.now), clock });
    await store.close();
    const r = surety('projections', 'rebuild', '--database', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/rebuilt the clocks of 30 tickets from their events/);
  });
});
