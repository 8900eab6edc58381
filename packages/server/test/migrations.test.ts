import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  impactSegments,
  uptimeBySlot,
  segmentsOf,
  type ImpactSegment,
} from '../src/services/availability/component-uptime.js';
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

  it('moves every declared incident into the incident lifecycle with the same impact, then drops the table (0180)', async () => {
    await store.close();
    store = await freshDatabase(backend, { migrated: false });
    await migrate(store.db, '0170-clock-outcome-counts');
    const db = store.db;
    await sql`insert into services (id, name, description, created_at, updated_at) values ('voice', 'Voice', '', 0, 0)`.execute(
      db,
    );
    await sql`insert into components (service_id, id, name, created_at, updated_at)
      values ('voice', 'api', 'API', 0, 0), ('voice', 'routing', 'Routing', 0, 0)`.execute(db);
    const t = (iso: string) => Date.parse(iso);
    // Written as the old POST /incidents wrote them: the whole offering, a service, a component, and 40% of users
    // (PostgreSQL kept fractions as `real`, read back by the application as 0.4).
    const declared = [
      ['d1', '2026-07-01T10:00:00Z', '2026-07-01T10:30:00Z', 1, 'power', null, null],
      ['d2', '2026-07-02T23:50:00Z', '2026-07-03T00:20:00Z', 0.4, 'slow calls', 'voice', null],
      ['d3', '2026-07-04T08:00:00Z', '2026-07-04T08:00:40Z', 0.25, 'API blip', 'voice', 'api'],
      ['d4', '2026-07-05T08:00:00Z', '2026-07-05T09:00:00Z', 0, 'nothing felt', 'voice', 'api'],
    ] as const;
    for (const [id, start, end, fraction, summary, service, component] of declared)
      await sql`insert into incidents (id, start, "end", fraction, summary, created_at, service_id, component_id)
        values (${id}, ${t(start)}, ${t(end)}, ${fraction}, ${summary}, 0, ${service}, ${component})`.execute(db);
    // An incident with a lifecycle already there, still open: it must come through the table's rebuild untouched.
    await sql`insert into status_incidents (id, title, kind, status, opened_at, resolved_at, created_by)
      values ('live', 'Routing errors', 'incident', 'identified', ${t('2026-07-06T00:00:00Z')}, null, 'x')`.execute(db);
    await sql`insert into incident_impacts (incident_id, seq, service_id, component_id, start, "end", fraction)
      values ('live', 1, 'voice', 'routing', ${t('2026-07-06T00:00:00Z')}, null, 0.5)`.execute(db);

    // What the availability figures were measured from before: the declared rows as read then, and the lifecycle's.
    const now = t('2026-07-07T00:00:00Z');
    const old = await sql<{
      start: number | string;
      end: number | string;
      fraction: number | string;
      service_id: string | null;
      component_id: string | null;
    }>`select start, "end", fraction, service_id, component_id from incidents`.execute(db);
    const before: ImpactSegment[] = [
      ...old.rows.map((r) => ({
        serviceId: r.service_id,
        componentId: r.component_id,
        start: Number(r.start),
        end: Number(r.end),
        fraction: Number(r.fraction),
        open: false,
      })),
      {
        serviceId: 'voice',
        componentId: 'routing',
        start: t('2026-07-06T00:00:00Z'),
        end: now,
        fraction: 0.5,
        open: true,
      },
    ];
    expect(before.find((s) => s.start === t('2026-07-02T23:50:00Z'))!.fraction).toBe(0.4);

    expect(await migrate(db)).toContain('0180-incidents-one-resource');

    const from = t('2026-07-01T00:00:00Z');
    const after = await impactSegments(db, from, now, now);
    // The same impact, segment for segment (the 0% one was never an impairment and has no segment now).
    const key = (s: ImpactSegment) => `${s.start} ${s.serviceId} ${s.componentId}`;
    const felt = before.filter((s) => s.fraction > 0).sort((a, b) => key(a).localeCompare(key(b)));
    expect([...after].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(felt);
    // And the same daily uptime of every component, under an outage rule of 10% for 60 s (TechJutsu §2.1).
    const rule = { minImpact: 0.1, minDurationMs: 60_000 };
    const days = Array.from({ length: 6 }, (_, i) => ({
      start: from + i * 86_400_000,
      end: from + (i + 1) * 86_400_000,
    }));
    for (const component of ['api', 'routing'])
      expect(uptimeBySlot(segmentsOf(after, 'voice', component), rule, days, now)).toEqual(
        uptimeBySlot(segmentsOf(before, 'voice', component), rule, days, now),
      );
    expect(uptimeBySlot(segmentsOf(after, 'voice', 'api'), rule, days, now).map((d) => d.outageMs)).toEqual([
      30 * 60_000,
      10 * 60_000,
      20 * 60_000,
      0,
      0,
      0,
    ]);

    // Each became an incident opened at its start and resolved at its end, its summary its title and first update.
    const moved = await db
      .selectFrom('status_incidents')
      .select(['id', 'title', 'status', 'opened_at', 'resolved_at'])
      .orderBy('id')
      .execute();
    expect(
      moved.map((r) => [r.id, r.title, r.status, Number(r.opened_at), r.resolved_at && Number(r.resolved_at)]),
    ).toEqual([
      ...declared.map(([id, start, end, , summary]) => [id, summary, 'resolved', t(start), t(end)]),
      ['live', 'Routing errors', 'identified', t('2026-07-06T00:00:00Z'), null],
    ]);
    const updates = await db
      .selectFrom('status_incident_updates')
      .select(['incident_id', 'seq', 'status', 'components'])
      .where('incident_id', '=', 'd3')
      .orderBy('seq')
      .execute();
    expect(updates.map((u) => [u.seq, u.status, JSON.parse(u.components)])).toEqual([
      [1, 'identified', [{ serviceId: 'voice', componentId: 'api' }]],
      [2, 'resolved', [{ serviceId: 'voice', componentId: 'api' }]],
    ]);
    // The old table is gone.
    await expect(sql`select count(*) from incidents`.execute(db)).rejects.toThrow();

    const allUpdates = () =>
      db.selectFrom('status_incident_updates').selectAll().orderBy('incident_id').orderBy('seq').execute();
    const updatesOnce = await allUpdates();
    expect(updatesOnce).toHaveLength(8);
    // A crash after the migration committed and before the migrator recorded it (Kysely's migrator on SQLite
    // recorded it in a step of its own): the migrator runs it again over its own result, which changes nothing.
    await sql`delete from kysely_migration where name = ${'0180-incidents-one-resource'}`.execute(db);
    expect(await migrate(db)).toEqual(['0180-incidents-one-resource']);
    expect(await impactSegments(db, from, now, now)).toEqual(after);
    expect(
      await db
        .selectFrom('status_incidents')
        .select(['id', 'title', 'status', 'opened_at', 'resolved_at'])
        .orderBy('id')
        .execute(),
    ).toEqual(moved);
    expect(await allUpdates()).toEqual(updatesOnce);
  });

  // Every migration that drops or renames a table, run again over its own result as a crash before its record makes
  // the migrator do; data written in between survives it.
  it.each(['0008-ticket-events-by-ticket', '0101-monitor-tables-clustered', '0180-incidents-one-resource'])(
    '%s runs again over its own result',
    async (name) => {
      await store.close();
      store = await freshDatabase(backend, { migrated: false });
      await migrate(store.db, name);
      await store.db.insertInto('customers').values({ id: 'c', name: 'C', created_at: 0 }).execute();
      await sql`delete from kysely_migration where name = ${name}`.execute(store.db);
      expect(await migrate(store.db, name)).toEqual([name]);
      expect(await store.db.selectFrom('customers').select('id').execute()).toEqual([{ id: 'c' }]);
      expect(await migrate(store.db)).toContain('0181-incident-expected-end');
    },
  );
});
