import { afterAll, describe, expect, it } from 'vitest';
import { assignContract } from '../src/services/contracts/assign.js';
import { verifyAudit } from '../src/services/audit/log.js';
import { createCustomer } from '../src/services/customers/create.js';
import { openTicket } from '../src/services/tickets/open.js';
import { publishContract } from '../src/services/contracts/publish.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contract = (within: string) => `surety: 1
contract: { id: many, title: Many, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: ${within} } } } } }
`;
const T0 = Date.parse('2026-07-01T12:00:00Z');
const TICKETS = 2_100; // three batches of a thousand: each derived while the one before is written

describe.each(backends)('recomputing many open requests on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  afterAll(async () => {
    await store?.close();
  });

  it('moves every request to the new terms, batch after batch, and says what moved', async () => {
    let now = T0;
    store = await freshStore(backend, () => now);
    const ctx = store.context();
    await createCustomer(ctx, { id: 'acme', name: 'Acme' });
    await publishContract(ctx, contract('2h'));
    await assignContract(ctx, { customerId: 'acme', contractId: 'many' });
    for (let i = 0; i < TICKETS; i += 50)
      await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          openTicket(ctx, { id: `M-${i + j}`, customerId: 'acme', contractId: 'many', severity: 'S1', fields: {} }),
        ),
      );
    now = T0 + 3 * 3_600_000; // three hours on: every first response is overdue under 2h, and not under 4h
    await publishContract(ctx, contract('4h'));
    const r = await assignContract(ctx, { customerId: 'acme', contractId: 'many', version: 2 });
    expect(r.recomputed).toBe(TICKETS);
    expect(r.moved).toHaveLength(TICKETS);
    expect(r.moved[0]).toEqual({
      ticket: expect.stringMatching(/^M-/),
      clock: 'first_response#1',
      from: '2026-07-01T14:00:00.000Z',
      to: '2026-07-01T16:00:00.000Z',
    });
    const rows = await store.db
      .selectFrom('tickets')
      .innerJoin('clock_projections', 'clock_projections.ticket_id', 'tickets.id')
      .select(['tickets.contract_version', 'clock_projections.next_due_at'])
      .execute();
    expect(rows).toHaveLength(TICKETS);
    expect(new Set(rows.map((t) => `${t.contract_version} ${t.next_due_at}`))).toEqual(
      new Set([`2 ${Date.parse('2026-07-01T16:00:00Z') + 1}`]),
    );
    // Under 4h nothing is overdue at 15:00: no breach was recorded by the recompute.
    const breaches = await store.db
      .selectFrom('ticket_events')
      .select('seq')
      .where('type', '=', 'clock_breached')
      .execute();
    expect(breaches).toEqual([]);
    expect(await verifyAudit(ctx)).toMatchObject({ ok: true });
  }, 120_000);
});
