import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';

/**
 * One incident resource: every declared incident (the `incidents` table: an interval with a fraction, of a component,
 * a service or the whole offering) becomes an incident with a lifecycle, opened at its start and resolved at its end,
 * whose one impact segment is exactly that interval with that fraction, so every availability figure is the same
 * after as before. Then the old table goes.
 *
 * An impact segment of the whole offering (a declared incident that named no service) needs `service_id` null, so
 * `incident_impacts.service_id` becomes nullable first: PostgreSQL drops the constraint; SQLite, which cannot alter a
 * column, rebuilds the table with the same columns in the same order (bench/status.mjs inserts by position).
 *
 * All of it in one transaction: the migrator runs migrations in one (on SQLite since our dialect says its DDL is
 * transactional: storage/sqlite-dialect.ts); were it handed no transaction, this migration opens its own.
 *
 * Run again over its own result, it changes nothing: a store whose migrator recorded migrations after their own
 * transaction (Kysely's on SQLite before) could crash between the two, and this migration then found the old table
 * gone. Each step looks first: rows are moved only while the old table is there, and the impacts are rebuilt only
 * while `service_id` is still required.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.isTransaction) await move(db as Transaction<unknown>);
  else await db.transaction().execute(move);
}

/** What a declared incident becomes, as POST /incidents records an incident already over (services/incidents). */
const RESOLVED_TEXT = 'Resolved (recorded after it was over).';
const BATCH = 500;

interface DeclaredRow {
  id: string;
  start: number | string;
  end: number | string;
  fraction: number | string;
  summary: string;
  service_id: string | null;
  component_id: string | null;
}

/** The lifecycle tables as this migration writes them (frozen here: later changes to tables.ts do not apply). */
interface Lifecycle {
  status_incidents: {
    id: string;
    title: string;
    kind: string;
    status: string;
    opened_at: number;
    resolved_at: number;
    created_by: string;
  };
  status_incident_updates: {
    incident_id: string;
    seq: number;
    at: number;
    status: string;
    text: string;
    fraction: number;
    components: string;
    created_by: string;
  };
  incident_impacts: {
    incident_id: string;
    seq: number;
    service_id: string | null;
    component_id: string | null;
    start: number;
    end: number;
    fraction: number;
  };
}

async function move(untyped: Transaction<unknown>): Promise<void> {
  const trx = untyped as unknown as Transaction<Lifecycle>;
  const tables = await trx.introspection.getTables();
  const impacts = tables.find((t) => t.name === 'incident_impacts')!;
  if (impacts.columns.find((c) => c.name === 'service_id')!.isNullable === false) {
    if (trx.getExecutor().adapter instanceof PostgresAdapter)
      await sql`alter table incident_impacts alter column service_id drop not null`.execute(trx);
    else await rebuildImpactsNullable(trx);
  }
  if (tables.some((t) => t.name === 'incidents')) await moveDeclared(trx);
}

async function moveDeclared(trx: Transaction<Lifecycle>): Promise<void> {
  // Read and written by the program rather than INSERT … SELECT: PostgreSQL kept the old fraction as `real`, which
  // the application always read as its shortest decimal (0.4); a cast to double precision would give
  // 0.4000000059604645. Written as read, the stored impact is the one every report measured.
  let after = '';
  for (;;) {
    const rows = (
      await sql<DeclaredRow>`select id, start, "end", fraction, summary, service_id, component_id from incidents
        where id > ${after} order by id limit ${BATCH}`.execute(trx)
    ).rows;
    if (!rows.length) break;
    after = rows[rows.length - 1]!.id;
    const incidents: Lifecycle['status_incidents'][] = [];
    const updates: Lifecycle['status_incident_updates'][] = [];
    const impacts: Lifecycle['incident_impacts'][] = [];
    for (const r of rows) {
      const start = Number(r.start);
      const end = Number(r.end);
      const fraction = Number(r.fraction);
      const components = JSON.stringify(
        r.service_id === null ? [] : [{ serviceId: r.service_id, componentId: r.component_id }],
      );
      incidents.push({
        id: r.id,
        title: r.summary.slice(0, 300),
        kind: 'incident',
        status: 'resolved',
        opened_at: start,
        resolved_at: end,
        created_by: 'migration 0180',
      });
      const update = { incident_id: r.id, fraction, components, created_by: 'migration 0180' };
      updates.push(
        { ...update, seq: 1, at: start, status: 'identified', text: r.summary },
        { ...update, seq: 2, at: end, status: 'resolved', text: RESOLVED_TEXT, fraction: 0 },
      );
      if (fraction > 0)
        impacts.push({
          incident_id: r.id,
          seq: 1,
          service_id: r.service_id,
          component_id: r.component_id,
          start,
          end,
          fraction,
        });
    }
    await trx.insertInto('status_incidents').values(incidents).execute();
    await trx.insertInto('status_incident_updates').values(updates).execute();
    if (impacts.length) await trx.insertInto('incident_impacts').values(impacts).execute();
  }
  await trx.schema.dropTable('incidents').execute();
}

async function rebuildImpactsNullable(trx: Transaction<Lifecycle>): Promise<void> {
  await trx.schema
    .createTable('incident_impacts_next')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('status_incidents.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('service_id', 'text')
    .addColumn('component_id', 'text')
    .addColumn('start', 'bigint', (c) => c.notNull())
    .addColumn('end', 'bigint')
    .addColumn('fraction', 'double precision', (c) => c.notNull())
    .execute();
  await sql`insert into incident_impacts_next select * from incident_impacts`.execute(trx);
  await trx.schema.dropTable('incident_impacts').execute();
  await trx.schema.alterTable('incident_impacts_next').renameTo('incident_impacts').execute();
  await trx.schema.createIndex('incident_impacts_start').on('incident_impacts').column('start').execute();
  await trx.schema.createIndex('incident_impacts_end').on('incident_impacts').column('end').execute();
}

/**
 * The old table again, empty, with its columns as 0003 and 0006 left them: the moved incidents stay incidents with a
 * lifecycle (the code of before reads them as such), and whole-offering impact segments keep service_id null.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('start', 'bigint', (c) => c.notNull())
    .addColumn('end', 'bigint', (c) => c.notNull())
    .addColumn('fraction', 'real', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.references('services.id'))
    .addColumn('component_id', 'text')
    .execute();
  await db.schema.createIndex('incidents_start').on('incidents').column('start').execute();
}
