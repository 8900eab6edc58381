import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, type Database } from '../src/storage/database.js';
import { eventsOfTickets, insertTicketEvents } from '../src/storage/repositories/ticket-repository.js';
import { backends, freshDatabase, skipped } from './databases.js';

describe.each(backends)('migrations over data on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: Database;
  afterAll(async () => {
    await store?.close();
  });

  it('keeps every ticket event, in order, when events are re-keyed by ticket (0008)', async () => {
    store = await freshDatabase(backend, { migrated: false });
    await migrate(store.db, '0007-token-expiry-contact-removal');
    await store.db.insertInto('customers').values({ id: 'c', name: 'C', created_at: 0 }).execute();
    for (const id of ['t1', 't2'])
      await store.db
        .insertInto('tickets')
        .values({ id, customer_id: 'c', contract_id: 'x', contract_version: 1, opened_at: 0, fields: '{}' })
        .execute();
    // Interleaved, as tickets receive events in real life.
    const event = (ticket: string, seq: number) => ({
      ticket_id: ticket,
      seq,
      type: 'replied',
      at: seq * 1000,
      received_at: seq * 1000 + 1,
      payload: `{"n":${seq}}`,
    });
    await insertTicketEvents(store.db, [
      event('t1', 1),
      event('t2', 1),
      event('t1', 2),
      event('t2', 2),
      event('t1', 3),
    ]);

    expect(await migrate(store.db)).toContain('0008-ticket-events-by-ticket');

    const byTicket = await eventsOfTickets(store.db, ['t1', 't2']);
    expect(byTicket.get('t1')).toEqual([event('t1', 1), event('t1', 2), event('t1', 3)]);
    expect(byTicket.get('t2')).toEqual([event('t2', 1), event('t2', 2)]);
    // (ticket, seq) is the key now: a second event 3 for t1 is refused.
    await expect(insertTicketEvents(store.db, [event('t1', 3)])).rejects.toThrow();
    await insertTicketEvents(store.db, [event('t1', 4)]);
    expect((await eventsOfTickets(store.db, ['t1'])).get('t1')).toHaveLength(4);
  });

  it('marks the open requests with a breached clock not yet met as overdue from their stored state (0012)', async () => {
    await store.close();
    store = await freshDatabase(backend, { migrated: false });
    await migrate(store.db, '0011-lookup-indexes');
    await store.db.insertInto('customers').values({ id: 'c', name: 'C', created_at: 0 }).execute();
    const breach = (metAt: string | null) => ({
      status: 'breached',
      breachedAt: '2026-07-01T13:00:00Z',
      metAt,
    });
    const states: Record<string, object> = {
      late: { phase: 'open', clocks: [{ status: 'running', breachedAt: null, metAt: null }, breach(null)] },
      answered: { phase: 'open', clocks: [breach('2026-07-01T14:00:00Z')] },
      resolved: { phase: 'resolved', clocks: [breach(null)] },
      calm: { phase: 'open', clocks: [{ status: 'running', breachedAt: null, metAt: null }] },
    };
    for (const [id, state] of Object.entries(states)) {
      await store.db
        .insertInto('tickets')
        .values({ id, customer_id: 'c', contract_id: 'x', contract_version: 1, opened_at: 0, fields: '{}' })
        .execute();
      await sql`insert into clock_projections (ticket_id, last_seq, state, next_due_at, updated_at)
        values (${id}, 1, ${JSON.stringify(state)}, null, 0)`.execute(store.db);
    }

    expect(await migrate(store.db)).toContain('0012-overdue-projections');

    const rows = await store.db
      .selectFrom('clock_projections')
      .select(['ticket_id', 'overdue_since'])
      .orderBy('ticket_id')
      .execute();
    expect(rows.map((r) => [r.ticket_id, r.overdue_since === null ? null : Number(r.overdue_since)])).toEqual([
      ['answered', null],
      ['calm', null],
      ['late', Date.parse('2026-07-01T13:00:00Z')],
      ['resolved', null],
    ]);
  });

  it('counts the outcomes there are by month, contract, severity, metric and status (0170)', async () => {
    await store.close();
    store = await freshDatabase(backend, { migrated: false });
    await migrate(store.db, '0150-notice-recipients');
    await store.db.insertInto('customers').values({ id: 'c', name: 'C', created_at: 0 }).execute();
    const outcome = (ticket: string, clock: string, status: string) => ({
      ticket_id: ticket,
      clock,
      cycle: 1,
      customer_id: 'c',
      contract_id: 'k',
      severity: 'S1',
      month: '2026-07',
      opened_at: 0,
      status,
      running: status === 'running' ? 1 : 0,
      due_at: null,
      warn_at: null,
    });
    for (const id of ['t1', 't2', 't3'])
      await store.db
        .insertInto('tickets')
        .values({ id, customer_id: 'c', contract_id: 'k', contract_version: 1, opened_at: 0, fields: '{}' })
        .execute();
    await store.db
      .insertInto('clock_outcomes')
      .values([
        outcome('t1', 'first_response', 'met'),
        outcome('t2', 'first_response', 'met'),
        outcome('t3', 'first_response', 'breached'),
        outcome('t1', 'resolution', 'running'),
      ])
      .execute();

    expect(await migrate(store.db)).toContain('0170-clock-outcome-counts');

    const counts = await store.db
      .selectFrom('clock_outcome_counts')
      .select(['clock', 'status', 'clocks'])
      .orderBy('clock')
      .orderBy('status')
      .execute();
    expect(counts.map((r) => [r.clock, r.status, Number(r.clocks)])).toEqual([
      ['first_response', 'breached', 1],
      ['first_response', 'met', 2],
      ['resolution', 'running', 1],
    ]);
  });
});
