import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/storage/database.js';
import { findCustomer, insertCustomer, listCustomers } from '../src/storage/repositories/customer-repository.js';
import {
  findAssignment,
  findContractVersion,
  insertContractVersion,
  latestContractVersion,
  listContractIds,
  upsertAssignment,
} from '../src/storage/repositories/contract-repository.js';
import {
  dueProjections,
  findTicketsForWrite,
  insertTicket,
  listTickets,
  nextDueInstant,
  saveProjections,
  statesOpenedIn,
  insertTicketEvents,
  eventsOfTickets,
  ticketEvents,
  ticketsForWriteStatement,
  ticketsLockedForWrite,
  type LockedRow,
  type TicketsForWrite,
} from '../src/storage/repositories/ticket-repository.js';
import { batchTransaction } from '../src/storage/pg-batch-transaction.js';
import type { Tables } from '../src/storage/tables.js';
import { backends, freshDatabase, skipped } from './databases.js';

describe.each(backends)('repositories on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: Database;
  beforeAll(async () => {
    store = await freshDatabase(backend);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('stores customers and pages through them by cursor', async () => {
    for (const id of ['c3', 'c1', 'c2'])
      await insertCustomer(store.db, { id, name: `Customer ${id}`, created_at: 1_767_225_600_000 });
    expect(await findCustomer(store.db, 'c2')).toEqual({
      id: 'c2',
      name: 'Customer c2',
      created_at: 1_767_225_600_000,
    });
    const first = await listCustomers(store.db, { limit: 2 });
    expect(first.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect((await listCustomers(store.db, { after: 'c2', limit: 2 })).map((c) => c.id)).toEqual(['c3']);
    await expect(insertCustomer(store.db, { id: 'c1', name: 'again', created_at: 0 })).rejects.toThrow();
  });

  it('versions contracts and assigns them with order forms', async () => {
    expect(
      await insertContractVersion(store.db, {
        contract_id: 'invoca',
        source: 'v1',
        created_at: 1,
        created_by: 'admin',
      }),
    ).toBe(1);
    expect(
      await insertContractVersion(store.db, {
        contract_id: 'invoca',
        source: 'v2',
        created_at: 2,
        created_by: 'admin',
      }),
    ).toBe(2);
    expect((await latestContractVersion(store.db, 'invoca'))?.source).toBe('v2');
    expect((await findContractVersion(store.db, 'invoca', 1))?.source).toBe('v1');
    expect(await listContractIds(store.db)).toEqual([{ contract_id: 'invoca', latest: 2 }]);
    await upsertAssignment(store.db, {
      customer_id: 'c1',
      contract_id: 'invoca',
      contract_version: 1,
      order_form: null,
      created_at: 3,
    });
    await upsertAssignment(store.db, {
      customer_id: 'c1',
      contract_id: 'invoca',
      contract_version: 2,
      order_form: 'of',
      created_at: 4,
    });
    expect(await findAssignment(store.db, 'c1', 'invoca')).toMatchObject({ contract_version: 2, order_form: 'of' });
  });

  it('appends ticket events in sequence, keeps instants exact, and finds due projections', async () => {
    const opened = 1_783_029_600_000; // 2026-07-02T22:00:00Z
    await insertTicket(store.db, {
      id: 't1',
      customer_id: 'c1',
      contract_id: 'invoca',
      contract_version: 2,
      opened_at: opened,
      fields: '{}',
    });
    await insertTicket(store.db, {
      id: 't2',
      customer_id: 'c2',
      contract_id: 'invoca',
      contract_version: 2,
      opened_at: opened,
      fields: '{}',
    });
    await insertTicketEvents(store.db, [
      { ticket_id: 't1', seq: 1, type: 'opened', at: opened, received_at: opened + 5, payload: '{}' },
      { ticket_id: 't1', seq: 2, type: 'replied', at: opened + 1, received_at: opened + 6, payload: '{}' },
    ]);
    const events = await ticketEvents(store.db, 't1');
    expect(events.map((e) => [e.seq, e.type, e.at, e.received_at])).toEqual([
      [1, 'opened', opened, opened + 5],
      [2, 'replied', opened + 1, opened + 6],
    ]);
    expect((await listTickets(store.db, { customerId: 'c2', limit: 10 })).map((t) => t.id)).toEqual(['t2']);
    await saveProjections(store.db, [
      { ticket_id: 't1', last_seq: 2, state: '{}', next_due_at: opened + 100, overdue_since: null, updated_at: opened },
      { ticket_id: 't2', last_seq: 0, state: '{}', next_due_at: opened + 50, overdue_since: null, updated_at: opened },
    ]);
    // Saving again replaces the projection: it is derived, never appended.
    await saveProjections(store.db, [
      {
        ticket_id: 't2',
        last_seq: 1,
        state: '{"x":1}',
        next_due_at: opened + 200,
        overdue_since: null,
        updated_at: opened,
      },
    ]);
    await insertTicketEvents(store.db, [
      { ticket_id: 't2', seq: 1, type: 'opened', at: opened, received_at: opened, payload: '{}' },
    ]);
    const byTicket = await eventsOfTickets(store.db, ['t1', 't2', 'none']);
    expect([...byTicket].map(([id, rows]) => [id, rows.map((r) => r.seq)])).toEqual([
      ['t1', [1, 2]],
      ['t2', [1]],
      ['none', []],
    ]);
    // The (ticket, seq) key refuses a second event with a number already taken.
    await expect(
      insertTicketEvents(store.db, [
        { ticket_id: 't2', seq: 1, type: 'replied', at: opened, received_at: opened, payload: '{}' },
      ]),
    ).rejects.toThrow();
    const t2 = await store.db.selectFrom('clock_projections').select('state').where('ticket_id', '=', 't2').execute();
    expect(t2).toEqual([{ state: '{"x":1}' }]);
    expect(await nextDueInstant(store.db)).toBe(opened + 100);
    expect((await dueProjections(store.db, opened + 150, 10)).map((p) => p.ticket_id)).toEqual(['t1']);
  });

  it("pages a customer's projection states by opening instant, within a window, ties by id", async () => {
    const from = 1_000_000;
    const to = 2_000_000;
    const opened: [string, number][] = [
      ['w-before', from - 1],
      ['w-b', from],
      ['w-a', from],
      ['w-c', from + 5],
      ['w-other-contract', from + 6],
      ['w-last', to - 1],
      ['w-after', to],
    ];
    for (const [id, at] of opened) {
      await insertTicket(store.db, {
        id,
        customer_id: 'c3',
        contract_id: id === 'w-other-contract' ? 'other' : 'invoca',
        contract_version: 1,
        opened_at: at,
        fields: '{}',
      });
      await saveProjections(store.db, [
        { ticket_id: id, last_seq: 1, state: `"${id}"`, next_due_at: null, overdue_since: null, updated_at: at },
      ]);
    }
    const pages: string[][] = [];
    let after: [number, string] | undefined;
    for (;;) {
      const page = await statesOpenedIn(store.db, {
        customerId: 'c3',
        contractId: 'invoca',
        from,
        to,
        after,
        limit: 2,
      });
      pages.push(page.map((r) => JSON.parse(r.state) as string));
      const last = page.at(-1);
      if (page.length < 2 || !last) break;
      after = [last.opened_at, last.id];
    }
    expect(pages).toEqual([['w-a', 'w-b'], ['w-c', 'w-last'], []]);
  });

  // The second writer takes the lock as a service's transaction does, or as an event batch does (its BEGIN and the
  // lock statement in one simple query, the values as literals: storage/pg-batch-transaction.ts).
  const secondWriters = {
    transaction: (db: Kysely<Tables>, id: string) =>
      db.transaction().execute((trx) => findTicketsForWrite(trx, [id], { preferred: 3, chains: 16 })),
    batch: (db: Kysely<Tables>, id: string) =>
      batchTransaction<LockedRow, TicketsForWrite>(
        db,
        ticketsForWriteStatement([id], { preferred: 3, chains: 16 }),
        async (_, rows) => ticketsLockedForWrite(rows),
      ),
  };
  it.runIf(backend === 'postgres').each(Object.keys(secondWriters) as (keyof typeof secondWriters)[])(
    'never gives a writer that waited for a ticket (%s) an event number older than the one committed meanwhile',
    async (how) => {
      const id = `locked-${how}`;
      await insertTicket(store.db, {
        id,
        customer_id: 'c1',
        contract_id: 'invoca',
        contract_version: 1,
        opened_at: 0,
        fields: '{}',
      });
      await saveProjections(store.db, [
        { ticket_id: id, last_seq: 1, state: '{}', next_due_at: null, overdue_since: null, updated_at: 0 },
      ]);
      let locked!: () => void;
      let proceed!: () => void;
      const holding = new Promise<void>((r) => (locked = r));
      const goOn = new Promise<void>((r) => (proceed = r));
      // The first writer holds the ticket and appends its event 2 while the second waits for the lock.
      const first = store.db.transaction().execute(async (trx) => {
        await findTicketsForWrite(trx, [id]);
        locked();
        await goOn;
        await trx.updateTable('clock_projections').set({ last_seq: 2 }).where('ticket_id', '=', id).execute();
      });
      await holding;
      const second = secondWriters[how](store.db, id);
      // Wait until the second really waits on the first's lock.
      for (;;) {
        const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(store.db);
        if (waiting.rows[0]!.n > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      proceed();
      await first;
      const { tickets, auditChain } = await second;
      // Read after the lock was granted: a stale 1 would number the next event 2 again. The first writer took no
      // audit chain, so the second has its preferred one, still empty.
      expect(tickets.get(id)!.last_seq).toBe(2);
      expect(auditChain).toEqual({ chain: 3, head: null });
    },
  );

  it('rolls back a transaction whole', async () => {
    await expect(
      store.db.transaction().execute(async (trx) => {
        await insertCustomer(trx, { id: 'tx', name: 'in a transaction', created_at: 0 });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await findCustomer(store.db, 'tx')).toBeUndefined();
  });
});
