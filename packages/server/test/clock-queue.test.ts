import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { fireDueTimers } from '../src/services/clocks/fire-due-timers.js';
import { clockQueueQuery } from '../src/storage/repositories/clock-queue-repository.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// 24x7 UTC keeps the arithmetic plain: warnings at 50%; resolution (not first response) pauses on the customer.
const contract = `surety: 1
contract: { id: queue, title: Queue SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }, { id: S2, name: two, definition: slow }] }
clock_defaults: { warn_at: ['50%'] }
plans:
  standard:
    name: Standard
    targets:
      S1: { first_response: { within: 1h }, resolution: { within: 8h, pause_when: [waiting_on_customer] } }
      S2: { first_response: { within: 4h }, resolution: { within: 48h, pause_when: [waiting_on_customer] } }
`;

const T0 = Date.parse('2026-07-01T12:00:00.000Z');
const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();

describe.each(backends)('the live clock queue (GET /clocks) on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = T0;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  const ids = async (who: string, url: string) =>
    (await ok(who, 'GET', url)).items.map((i: { id: string }) => i.id) as string[];
  const open = (id: string, customerId: string, severity: string, at: number, status?: string) =>
    ok('admin', 'POST', '/tickets', { id, customerId, contractId: 'queue', severity, at: iso(at), status });

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await ok('admin', 'POST', '/contracts', { source: contract });
    for (const id of ['acme', 'globex']) {
      await ok('admin', 'POST', '/customers', { id, name: id });
      await ok('admin', 'PUT', `/customers/${id}/contracts/queue`, {});
      tokens[id] = (await issueToken(context(), { role: 'customer', customerId: id, label: `${id} contact` })).token;
    }
    // Next warning or deadline of each (all received at T0):
    await open('A-1', 'acme', 'S2', T0); // first response's 50% warning at T0+2h
    // Two due at once, opened out of id order: the list orders them by id, not as they were written.
    await open('A-7', 'acme', 'S1', T0, 'waiting_on_customer'); // 50% warning at T0+30m, resolution paused
    await open('A-2', 'acme', 'S1', T0); // 50% warning at T0+30m
    await open('A-3', 'acme', 'S1', T0); // answered at once: the resolution's 50% warning at T0+4h
    await ok('admin', 'POST', '/tickets/A-3/events', { type: 'replied', author: 'agent' });
    await open('A-4', 'acme', 'S1', T0 - 40 * MIN); // warned at T0-10m: next, the deadline at T0+20m
    await open('A-5', 'acme', 'S1', T0); // resolved: nothing pending
    await ok('admin', 'POST', '/tickets/A-5/events', { type: 'resolved' });
    await open('A-6', 'acme', 'S1', T0, 'waiting_on_customer'); // answered, resolution paused: nothing pending
    await ok('admin', 'POST', '/tickets/A-6/events', { type: 'replied', author: 'agent' });
    await open('G-1', 'globex', 'S1', T0 - 20 * MIN); // 50% warning at T0+10m
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('lists requests with a pending timer, soonest next warning or deadline first, ties by id', async () => {
    const page = await ok('admin', 'GET', '/clocks');
    expect(page.next).toBeNull();
    expect(page.items.map((i: { id: string; nextAt: string }) => [i.id, i.nextAt])).toEqual([
      ['G-1', iso(T0 + 10 * MIN)],
      ['A-4', iso(T0 + 20 * MIN)],
      ['A-2', iso(T0 + 30 * MIN)],
      ['A-7', iso(T0 + 30 * MIN)],
      ['A-1', iso(T0 + 120 * MIN)],
      ['A-3', iso(T0 + 240 * MIN)],
    ]);
    const byId = Object.fromEntries(page.items.map((i: { id: string }) => [i.id, i]));
    expect(byId['G-1']).toEqual({
      id: 'G-1',
      customerId: 'globex',
      contractId: 'queue',
      openedAt: iso(T0 - 20 * MIN),
      contractOrder: 'deadline',
      severity: 'S1',
      status: 'open',
      overdueSince: null,
      nextAt: '2026-07-01T12:10:00.000Z',
      next: { clock: 'first_response', cycle: 1, kind: 'warning' },
      assigneeId: null,
      clocks: [
        {
          clock: 'first_response',
          cycle: 1,
          status: 'running',
          dueAt: '2026-07-01T12:40:00.000Z',
          remainingMs: 40 * MIN,
          // 24x7: always open, never closing.
          hours: { open: true, changesAt: null },
        },
        {
          clock: 'resolution',
          cycle: 1,
          status: 'running',
          dueAt: '2026-07-01T19:40:00.000Z',
          remainingMs: 460 * MIN,
          hours: { open: true, changesAt: null },
        },
      ],
    });
    expect(byId['A-4'].next).toEqual({ clock: 'first_response', cycle: 1, kind: 'deadline' });
    expect(byId['A-3'].next).toEqual({ clock: 'resolution', cycle: 1, kind: 'warning' });
    // Met clocks are not shown; paused ones are, with no deadline while paused.
    expect(byId['A-3'].clocks.map((c: { clock: string }) => c.clock)).toEqual(['resolution']);
    expect(byId['A-7']).toMatchObject({
      status: 'waiting_on_customer',
      clocks: [
        { clock: 'first_response', status: 'running', dueAt: '2026-07-01T13:00:00.000Z', remainingMs: 60 * MIN },
        { clock: 'resolution', status: 'paused', dueAt: null, remainingMs: 480 * MIN },
      ],
    });
  });

  it("brings running clocks' remaining time up to the instant of the request", async () => {
    clock = T0 + 5 * MIN; // no event since T0: the projections still say T0
    try {
      const g1 = (await ok('admin', 'GET', '/clocks?customerId=globex')).items[0];
      expect(g1.clocks.map((c: { remainingMs: number }) => c.remainingMs)).toEqual([35 * MIN, 455 * MIN]);
      const a7 = (await ok('admin', 'GET', '/clocks?customerId=acme')).items.find(
        (i: { id: string }) => i.id === 'A-7',
      );
      expect(a7.clocks.map((c: { remainingMs: number }) => c.remainingMs)).toEqual([55 * MIN, 480 * MIN]); // paused
    } finally {
      clock = T0;
    }
  });

  it('narrows to what falls due before an instant, and by severity', async () => {
    // A-2 and A-7 fall due at T0+30m exactly: not before it, but before a millisecond later.
    expect(await ids('admin', `/clocks?before=${iso(T0 + 30 * MIN)}`)).toEqual(['G-1', 'A-4']);
    expect(await ids('admin', `/clocks?before=${new Date(T0 + 30 * MIN + 1).toISOString()}`)).toEqual([
      'G-1',
      'A-4',
      'A-2',
      'A-7',
    ]);
    expect(await ids('admin', `/clocks?before=${iso(T0)}`)).toEqual([]);
    expect(await ids('admin', '/clocks?severity=S2')).toEqual(['A-1']);
    expect(await ids('admin', `/clocks?severity=S1&before=${iso(T0 + 60 * MIN)}`)).toEqual([
      'G-1',
      'A-4',
      'A-2',
      'A-7',
    ]);
    const bad = await call('admin', 'GET', '/clocks?before=soon');
    expect([bad.statusCode, bad.json().field]).toEqual([422, '/before']);
  });

  it('narrows to one assignee or to the unassigned requests, for staff only', async () => {
    const invited = await ok('admin', 'POST', '/invitations', { email: 'ana@provider.example', role: 'agent' });
    const token = new URL(invited.acceptPath, 'http://x').searchParams.get('token')!;
    await ok('admin', 'POST', '/invitations/accept', { token, name: 'Ana', password: 'a long enough passphrase' });
    const { id: ana } = await store.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'ana@provider.example')
      .executeTakeFirstOrThrow();
    await ok('admin', 'PUT', '/tickets/A-2/assignee', { userId: ana });
    await ok('admin', 'PUT', '/tickets/G-1/assignee', { userId: ana });

    const mine = await ok('admin', 'GET', `/clocks?assigneeId=${ana}`);
    expect(mine.items.map((i: { id: string; assigneeId: string }) => [i.id, i.assigneeId])).toEqual([
      ['G-1', ana],
      ['A-2', ana],
    ]);
    expect(await ids('admin', '/clocks?unassigned=true')).toEqual(['A-4', 'A-7', 'A-1', 'A-3']);
    expect((await call('admin', 'GET', `/clocks?unassigned=true&assigneeId=${ana}`)).statusCode).toBe(422);
    // A customer contact sees no assignee and cannot ask by one.
    expect((await ok('globex', 'GET', '/clocks')).items.map((i: { assigneeId: unknown }) => i.assigneeId)).toEqual([
      null,
    ]);
    expect((await call('globex', 'GET', `/clocks?assigneeId=${ana}`)).statusCode).toBe(403);

    await ok('admin', 'PUT', '/tickets/A-2/assignee', { userId: null });
    await ok('admin', 'PUT', '/tickets/G-1/assignee', { userId: null });
    expect(await ids('admin', `/clocks?assigneeId=${ana}`)).toEqual([]);
  });

  it('pages with the cursor, a page boundary falling between two requests due at once', async () => {
    const all = await ids('admin', '/clocks');
    const walk = async (limit: number, query = '') => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; next: string | null } = await ok(
          'admin',
          'GET',
          `/clocks?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        pages.push(page.items.map((i) => i.id));
        cursor = page.next;
      } while (cursor);
      return pages;
    };
    expect(await walk(3)).toEqual([
      ['G-1', 'A-4', 'A-2'],
      ['A-7', 'A-1', 'A-3'],
    ]);
    expect((await walk(1)).flat()).toEqual(all);
    expect(await walk(2, `&before=${iso(T0 + 60 * MIN)}`)).toEqual([
      ['G-1', 'A-4'],
      ['A-2', 'A-7'],
    ]);
    const foreign = await call('admin', 'GET', `/clocks?cursor=${Buffer.from('["A-1"]').toString('base64url')}`);
    expect([foreign.statusCode, foreign.json().field]).toEqual([422, '/cursor']);
  });

  it("shows a customer contact its own customer's requests only, whatever it asks for", async () => {
    expect(await ids('globex', '/clocks')).toEqual(['G-1']);
    expect(await ids('globex', '/clocks?customerId=acme')).toEqual(['G-1']);
    expect(await ids('acme', '/clocks?customerId=globex')).toEqual(['A-4', 'A-2', 'A-7', 'A-1', 'A-3']);
    expect(await ids('admin', '/clocks?customerId=globex')).toEqual(['G-1']);
    // Paging a contact's queue never steps into another customer's requests.
    const first = await ok('acme', 'GET', '/clocks?limit=1');
    expect(
      (await ok('acme', 'GET', `/clocks?limit=10&cursor=${first.next}`)).items.map((i: { id: string }) => i.id),
    ).toEqual(['A-2', 'A-7', 'A-1', 'A-3']);
  });

  it('puts overdue requests first, the longest overdue first, until their clock is met', async () => {
    clock = T0 + 25 * MIN;
    await fireDueTimers(context()); // G-1's warning (T0+10m), A-4's deadline (T0+20m)
    clock = T0 + 27 * MIN;
    try {
      const page = await ok('admin', 'GET', '/clocks');
      expect(page.items.map((i: { id: string; overdueSince: string | null }) => [i.id, i.overdueSince])).toEqual([
        ['A-4', iso(T0 + 20 * MIN)],
        ['A-2', null],
        ['A-7', null],
        ['G-1', null],
        ['A-1', null],
        ['A-3', null],
      ]);
      // Still measured while breached: 7 minutes past its deadline, and running on.
      expect(page.items[0]).toMatchObject({
        nextAt: iso(T0 + 200 * MIN), // the resolution's 50% warning
        next: { clock: 'resolution', kind: 'warning' },
        clocks: [
          { clock: 'first_response', status: 'breached', dueAt: iso(T0 + 20 * MIN), remainingMs: -7 * MIN },
          { clock: 'resolution', status: 'running', remainingMs: 413 * MIN },
        ],
      });
      expect(await ids('admin', '/clocks?overdue=true')).toEqual(['A-4']);
      expect(await ids('admin', '/clocks?overdue=false')).toEqual(['A-2', 'A-7', 'G-1', 'A-1', 'A-3']);
      // Overdue since T0+20m: its deadline fell before T0+21m, not before T0+20m.
      expect(await ids('admin', `/clocks?before=${iso(T0 + 20 * MIN)}`)).toEqual([]);
      expect(await ids('admin', `/clocks?before=${iso(T0 + 21 * MIN)}`)).toEqual(['A-4']);
      expect(await ids('globex', '/clocks?overdue=true')).toEqual([]);
      // A page boundary between the two parts, and within each.
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const p: { items: { id: string }[]; next: string | null } = await ok(
          'admin',
          'GET',
          `/clocks?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        walked.push(...p.items.map((i) => i.id));
        cursor = p.next;
      } while (cursor);
      expect(walked).toEqual(['A-4', 'A-2', 'A-7', 'G-1', 'A-1', 'A-3']);
      // Answered late: the breach stays on record, and the request is no longer overdue.
      await ok('admin', 'POST', '/tickets/A-4/events', { type: 'replied', author: 'agent' });
      expect(await ids('admin', '/clocks?overdue=true')).toEqual([]);
      expect((await ok('admin', 'GET', '/clocks?customerId=acme')).items.map((i: { id: string }) => i.id)).toContain(
        'A-4',
      );
    } finally {
      clock = T0;
    }
  });

  it('is described in /openapi.json', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const get = doc.paths['/clocks'].get;
    expect(get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['customerId', 'severity', 'assigneeId', 'unassigned', 'before', 'cursor', 'limit']),
    );
    expect(
      Object.keys(get.responses['200'].content['application/json'].schema.properties.items.items.properties),
    ).toEqual([
      'id',
      'customerId',
      'contractId',
      'openedAt',
      'contractOrder',
      'severity',
      'status',
      'overdueSince',
      'nextAt',
      'next',
      'assigneeId',
      'clocks',
    ]);
  });

  it.runIf(backend === 'sqlite')('reads each part of the queue in the order of its index', async () => {
    for (const [overdue, index] of [
      [false, 'clock_projections_due'],
      [true, 'clock_projections_overdue'],
    ] as const) {
      const compiled = clockQueueQuery(store.db, {
        part: overdue ? 'overdue' : 'upcoming',
        dueUntil: T0,
        after: [T0, 'A-1'],
        limit: 51,
      }).compile();
      const plan = await store.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
      );
      const details = plan.rows.map((r) => r.detail).join('\n');
      expect(details).toMatch(new RegExp(`clock_projections USING INDEX ${index}`));
      expect(details).not.toMatch(/SCAN clock_projections\b(?! USING INDEX)/);
    }
  });

  it.runIf(backend === 'sqlite')("reads a contract's first-in-first-out queue in the order of receipt", async () => {
    const compiled = clockQueueQuery(store.db, {
      part: 'receipt',
      contractId: 'fifo',
      after: [T0, 'F-1'],
      limit: 51,
    }).compile();
    const plan = await store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
    );
    const details = plan.rows.map((r) => r.detail).join('\n');
    expect(details).toMatch(/tickets USING (COVERING )?INDEX tickets_contract/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
  // SecurEnvoy's "Service Support Request Resolution Process" works requests first in, first out: a contract that
  // says `queue: { order: receipt }` has its queue ordered by when each request was made, not by its deadline.
  it('orders a first-in-first-out contract by receipt, whatever the deadlines say', async () => {
    await ok('admin', 'POST', '/contracts', {
      source:
        contract.replace('id: queue, title: Queue SLA', 'id: fifo, title: FIFO SLA') + 'queue: { order: receipt }\n',
    });
    await ok('admin', 'PUT', '/customers/globex/contracts/fifo', {});
    const fifo = (id: string, severity: string, at: number) =>
      ok('admin', 'POST', '/tickets', { id, customerId: 'globex', contractId: 'fifo', severity, at: iso(at) });
    await fifo('F-3', 'S2', T0 - 30 * MIN); // made first, due last: first response at T0+3h30m
    await fifo('F-1', 'S1', T0 - 10 * MIN); // first response due at T0+50m
    await fifo('F-2', 'S1', T0 - 10 * MIN); // made at the same instant as F-1: the id breaks the tie
    await fifo('F-4', 'S1', T0); // first response due at T0+1h
    await ok('admin', 'POST', '/tickets/F-4/events', { type: 'resolved' }); // nothing pending: not in the queue

    const page = await ok('admin', 'GET', '/clocks?contractId=fifo');
    expect(page.items.map((i: { id: string; openedAt: string }) => [i.id, i.openedAt])).toEqual([
      ['F-3', iso(T0 - 30 * MIN)],
      ['F-1', iso(T0 - 10 * MIN)],
      ['F-2', iso(T0 - 10 * MIN)],
    ]);
    expect(page.items.every((i: { contractOrder: string }) => i.contractOrder === 'receipt')).toBe(true);
    // The deadline order stays available on request, and is what a queue across contracts uses.
    expect(await ids('admin', '/clocks?contractId=fifo&order=deadline')).toEqual(['F-1', 'F-2', 'F-3']);
    const byDeadline = await ids('admin', '/clocks');
    expect(await ids('admin', '/clocks?contractId=queue')).toEqual(byDeadline.filter((id) => !id.startsWith('F-')));
    expect(await ids('globex', '/clocks?order=receipt')).toEqual(['F-3', 'G-1', 'F-1', 'F-2']);
    // Paging in receipt order, across the tie.
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const p: { items: { id: string }[]; next: string | null } = await ok(
        'admin',
        'GET',
        `/clocks?contractId=fifo&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      walked.push(...p.items.map((i) => i.id));
      cursor = p.next;
    } while (cursor);
    expect(walked).toEqual(['F-3', 'F-1', 'F-2']);
    // What falls due before T0+55m: F-1 and F-2 (first responses at T0+50m, warnings at T0+20m), in receipt order.
    expect(await ids('admin', `/clocks?contractId=fifo&before=${iso(T0 + 55 * MIN)}`)).toEqual(['F-1', 'F-2']);
    // A contact whose customer is not assigned the contract learns nothing about it.
    const foreign = await call('acme', 'GET', '/clocks?contractId=fifo');
    expect(foreign.statusCode).toBe(404);
    const unknown = await call('admin', 'GET', '/clocks?contractId=nope');
    expect([unknown.statusCode, unknown.json().title]).toEqual([404, expect.any(String)]);
  });
});
