import { afterAll, describe, expect, it } from 'vitest';
import { assignContract } from '../src/services/contracts/assign.js';
import { createCustomer } from '../src/services/customers/create.js';
import { eventHistory } from '../src/services/tickets/event-history.js';
import { getTicket } from '../src/services/tickets/get.js';
import { openTicket } from '../src/services/tickets/open.js';
import { publishContract } from '../src/services/contracts/publish.js';
import { recordTicketEvent } from '../src/services/tickets/record-event.js';
import type { TicketEventRow } from '../src/storage/repositories/ticket-repository.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// 24x7 UTC: first response within 1 hour, resolution within 8 hours.
const contract = `surety: 1
contract: { id: kept, title: Kept, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }, { id: S2, name: two, definition: slow }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } }, S2: { first_response: { within: 4h } } } } }
`;
const T0 = Date.parse('2026-07-01T12:00:00Z');
const row = (seq: number): TicketEventRow => ({
  ticket_id: 't',
  seq,
  type: 'replied',
  at: seq,
  received_at: seq,
  payload: '{}',
});

describe('the event history of recently written tickets', () => {
  it('gives back a ticket’s events only when they end at its last sequence number', async () => {
    const store = await freshStore('sqlite', () => T0);
    const other = await freshStore('sqlite', () => T0);
    try {
      const history = store.context().caches.eventHistory;
      history.remember('t', [row(1), row(2)]);
      expect(history.get('t', 2)).toEqual([row(1), row(2)]);
      // Another writer appended since, or the ticket has no projection: read it again.
      expect([history.get('t', 3), history.get('t', null), history.get('u', 2)]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
      // One store's history is not another's.
      expect(other.context().caches.eventHistory.get('t', 2)).toBeUndefined();
    } finally {
      await other.close();
      await store.close();
    }
  });
});

describe('the event history budget', () => {
  const events = (ticket: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...row(i + 1), ticket_id: ticket }));
  it('keeps at most its budget of events, forgetting the least recently used tickets first', () => {
    const history = eventHistory(10, 6);
    history.remember('a', events('a', 4));
    history.remember('b', events('b', 4));
    expect(history.get('a', 4)).toHaveLength(4); // a is now the most recently used
    history.remember('c', events('c', 4)); // 12 > 10: b goes
    expect([history.get('a', 4)?.length, history.get('b', 4), history.get('c', 4)?.length]).toEqual([4, undefined, 4]);
    // A history longer than a ticket may keep is not kept, and the one it replaces is gone.
    history.remember('a', events('a', 7));
    expect([history.get('a', 4), history.get('a', 7)]).toEqual([undefined, undefined]);
    // Replacing a ticket's history counts it once.
    history.remember('c', events('c', 5));
    history.remember('d', events('d', 5));
    expect([history.get('c', 5)?.length, history.get('d', 5)?.length]).toEqual([5, 5]);
  });
});

// Two stores on one database stand for two processes: each keeps its own history, and neither may trust it once
// the other has written to the ticket.
describe.each(backends)('ticket writes from two processes on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  const stores: TestStore[] = [];
  afterAll(async () => {
    for (const s of stores.reverse()) await s.close();
  });

  it('sees the events the other process appended, numbered without a gap', async () => {
    let now = T0;
    const first = await freshStore(backend, () => now, { onDisk: true });
    const second = await first.another();
    stores.push(first, second);
    const a = first.context();
    const b = second.context();
    await createCustomer(a, { id: 'acme', name: 'Acme' });
    await publishContract(a, contract);
    await assignContract(a, { customerId: 'acme', contractId: 'kept' });
    await openTicket(a, { id: 'T', customerId: 'acme', contractId: 'kept', severity: 'S2', fields: {} });
    now += 60_000;
    await recordTicketEvent(a, 'T', { type: 'status_changed', status: 'in_progress' }); // a keeps T's history
    now += 60_000;
    await recordTicketEvent(b, 'T', { type: 'severity_changed', severity: 'S1' }); // b writes behind a's back
    now += 60_000;
    const third = await recordTicketEvent(a, 'T', { type: 'status_changed', status: 'open' });
    expect(third.seq).toBe(4);
    const ticket = (await getTicket(a, 'T')) as { events: { seq: number; type: string }[]; clocks: object };
    expect(ticket.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'opened'],
      [2, 'status_changed'],
      [3, 'severity_changed'],
      [4, 'status_changed'],
    ]);
    // a's write derived the clocks with b's event: Severity 1's hour, not Severity 2's four.
    const saved = await first.db.selectFrom('clock_projections').select('state').where('ticket_id', '=', 'T').execute();
    expect(JSON.parse(saved[0]!.state)).toMatchObject({
      severity: 'S1',
      clocks: [{ clock: 'first_response', target: '1h' }],
    });
  });
});
