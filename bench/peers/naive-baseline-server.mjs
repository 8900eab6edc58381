// The naive baseline for ticket-event ingestion: what a plain implementation on the same stack does for one event.
// Fastify with its JSON body parser, and one INSERT of the event committed per request (SQLite: WAL with
// synchronous = FULL, so each commit's fsync blocks the event loop; PostgreSQL: its default synchronous commit,
// one transaction per event). No token, no validation, no clocks, no projection, no audit chain. It is neither a
// floor nor a ceiling: Surety does more per event, but commits in groups. The ceilings are
// sqlite-group-commit-ceiling.mjs and pgbench-insert.sql. Usage: node naive-baseline-server.mjs <sqlite file |
// postgres URL> <port>
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const [database, port] = process.argv.slice(2);
const app = Fastify({ logger: false });
let append;
if (/^postgres/.test(database)) {
  const pool = new pg.Pool({ connectionString: database, max: 10 });
  await pool.query(
    'create table if not exists events (id bigserial primary key, ticket_id text not null, at bigint not null, payload text not null)',
  );
  append = async (ticket, body) =>
    Number(
      (
        await pool.query('insert into events (ticket_id, at, payload) values ($1, $2, $3) returning id', [
          ticket,
          Date.now(),
          JSON.stringify(body),
        ])
      ).rows[0].id,
    );
} else {
  const db = new SQLite(database);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'create table if not exists events (id integer primary key, ticket_id text not null, at integer not null, payload text not null)',
  );
  const insert = db.prepare('insert into events (ticket_id, at, payload) values (?, ?, ?)');
  append = async (ticket, body) => Number(insert.run(ticket, Date.now(), JSON.stringify(body)).lastInsertRowid);
}
app.post('/tickets/:id/events', async (req, reply) =>
  reply.status(201).send({ seq: await append(req.params.id, req.body) }),
);
await app.listen({ host: '127.0.0.1', port: Number(port) });
process.stderr.write('listening\n');
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
