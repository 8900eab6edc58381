import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * A ticket's events are kept together, keyed by (ticket, seq), without the global row number they had. Every
 * write reads all of its ticket's events and appends one: on SQLite the table becomes WITHOUT ROWID, so the
 * events of a ticket sit side by side in one b-tree instead of one page each among everyone's, and an append
 * touches one page instead of two (table and index). On PostgreSQL the key replaces a sequence and an index.
 * Run again over its own result (a crash before the migrator recorded it), it finds the `id` column gone and stops.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const events = (await db.introspection.getTables()).find((t) => t.name === 'ticket_events')!;
  if (!events.columns.some((c) => c.name === 'id')) return;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.schema.alterTable('ticket_events').dropConstraint('ticket_events_seq').execute();
    await db.schema.alterTable('ticket_events').dropColumn('id').execute();
    await db.schema
      .alterTable('ticket_events')
      .addPrimaryKeyConstraint('ticket_events_pk', ['ticket_id', 'seq'])
      .execute();
    return;
  }
  await db.schema
    .createTable('ticket_events_by_ticket')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_events_pk', ['ticket_id', 'seq'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await sql`insert into ticket_events_by_ticket (ticket_id, seq, type, at, received_at, payload)
    select ticket_id, seq, type, at, received_at, payload from ticket_events`.execute(db);
  await db.schema.dropTable('ticket_events').execute();
  await db.schema.alterTable('ticket_events_by_ticket').renameTo('ticket_events').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.schema.alterTable('ticket_events').dropConstraint('ticket_events_pk').execute();
    await db.schema
      .alterTable('ticket_events')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .execute();
    await db.schema
      .alterTable('ticket_events')
      .addUniqueConstraint('ticket_events_seq', ['ticket_id', 'seq'])
      .execute();
    return;
  }
  await db.schema
    .createTable('ticket_events_by_row')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addUniqueConstraint('ticket_events_seq', ['ticket_id', 'seq'])
    .execute();
  await sql`insert into ticket_events_by_row (ticket_id, seq, type, at, received_at, payload)
    select ticket_id, seq, type, at, received_at, payload from ticket_events order by ticket_id, seq`.execute(db);
  await db.schema.dropTable('ticket_events').execute();
  await db.schema.alterTable('ticket_events_by_row').renameTo('ticket_events').execute();
}
