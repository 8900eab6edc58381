-- The ceiling for ticket-event ingestion on PostgreSQL, run by pgbench (bench/server.mjs): the naive baseline's
-- one-row INSERT into its events table, one committed transaction each, at the HTTP benches' concurrency.
\set ticket random(0, 1999)
INSERT INTO events (ticket_id, at, payload) VALUES ('I' || :ticket, 1, '{"type":"status_changed","status":"open"}');
