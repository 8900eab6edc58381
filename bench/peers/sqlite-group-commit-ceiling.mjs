// The ceiling for ticket-event ingestion on SQLite: one-row INSERTs and nothing else, made durable the way Surety
// makes its writes durable (storage/database.ts opens the file, storage/group-commit.ts groups concurrent writes
// into one transaction and acknowledges each once its log is fdatasync'ed), driven in-process by as many
// concurrent writers as the HTTP benches have connections. No HTTP, no JSON, no token, no clocks: no server can
// ingest faster through that storage on this machine at this concurrency.
// Usage: node sqlite-group-commit-ceiling.mjs <sqlite file> <writers> <seconds>; prints its result as JSON.
import { openDatabase } from '../../packages/server/dist/storage/database.js';
import { groupCommit } from '../../packages/server/dist/storage/group-commit.js';

const [file, writers, seconds] = process.argv.slice(2);
const database = openDatabase(file);
await database.db.schema
  .createTable('events')
  .ifNotExists()
  .addColumn('id', 'integer', (c) => c.primaryKey())
  .addColumn('ticket_id', 'text', (c) => c.notNull())
  .addColumn('at', 'integer', (c) => c.notNull())
  .addColumn('payload', 'text', (c) => c.notNull())
  .execute();
const commits = groupCommit(database.db, database.durability);
const payload = JSON.stringify({ type: 'status_changed', status: 'open' });
const latencies = [];
const end = performance.now() + Number(seconds) * 1000;
let next = 0;
const writer = async () => {
  while (performance.now() < end) {
    const ticket = `I${next++ % 2000}`;
    const t0 = performance.now();
    await commits.transaction((trx) =>
      trx.insertInto('events').values({ ticket_id: ticket, at: Date.now(), payload }).execute(),
    );
    latencies.push(performance.now() - t0);
  }
};
const started = performance.now();
await Promise.all(Array.from({ length: Number(writers) }, writer));
const elapsed = (performance.now() - started) / 1000;
await database.close();
latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
process.stdout.write(
  JSON.stringify({
    eventsPerSecond: latencies.length / elapsed,
    acknowledged: latencies.length,
    errors: 0,
    // Whole milliseconds, as autocannon reports the HTTP runs.
    p50Ms: Math.round(at(0.5)),
    p99Ms: Math.round(at(0.99)),
    maxMs: Math.round(latencies.at(-1)),
  }) + '\n',
);
