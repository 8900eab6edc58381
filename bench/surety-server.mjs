// What the server benches share: a `surety serve` child process, HTTP calls to it, fresh PostgreSQL databases.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setImmediate } from 'node:timers';
import pg from 'pg';

export const PG_ADMIN = process.env.SURETY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// A web global that the lint configuration for scripts does not list.
const { AbortSignal } = globalThis;

/**
 * Starts `surety serve` on a database and resolves once it listens (its "Surety on …" banner), with the admin
 * token when this start printed one and the time from spawn to listening. Its log (a JSON line per request)
 * goes to `logFile` when one is given, as a deployed server's would; otherwise it is read and only its tail
 * kept. Rejects if the server exits or has not listened within 60 s.
 */
export function serve(database, port, { logFile } = {}) {
  const spawned = performance.now();
  const child = spawn(
    process.execPath,
    [
      // BENCH_SERVER_NODE_ARGS: Node flags for the server process only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
      // (Node refuses --cpu-prof in NODE_OPTIONS); the profile is written when the server exits on SIGTERM.
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      'packages/server/dist/cli/main.js',
      'serve',
      '--database',
      database,
      '--port',
      String(port),
      '--contracts',
      mkdtempSync(join(tmpdir(), 'none-')),
    ],
    { stdio: ['ignore', logFile ? openSync(logFile, 'a') : 'pipe', 'pipe'] },
  );
  const stderr = [];
  const stdout = [];
  // A full pipe would stall the server: keep reading it.
  if (!logFile)
    createInterface({ input: child.stdout }).on('line', (l) => {
      stdout.push(l);
      if (stdout.length > 20) stdout.shift();
    });
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const tail = () => `${stderr.slice(-8).join(' | ')} || ${stdout.slice(-3).join(' | ')}`;
  return new Promise((resolve, reject) => {
    let listening;
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`surety serve did not listen within 60 s: ${tail()}`));
    }, 60_000);
    createInterface({ input: child.stderr }).on('line', (l) => {
      stderr.push(l);
      if (listening === undefined && l.startsWith('Surety on ')) {
        listening = performance.now() - spawned;
        clearTimeout(timeout);
        // The banner is one write: let its remaining lines (the token) arrive before resolving.
        setImmediate(() => {
          const token = stderr.map((s) => /admin token[^:]*: (sur_\S+)/.exec(s)?.[1]).find(Boolean);
          resolve({ child, token, startMs: listening, url: `http://127.0.0.1:${port}`, tail });
        });
      }
    });
    void child.exited.then(({ code, signal }) => {
      if (listening !== undefined) return;
      clearTimeout(timeout);
      reject(new Error(`surety serve exited (${code ?? signal}) before listening: ${tail()}`));
    });
  });
}

/** Stops a server started by `serve` and waits for it to exit. */
export async function stop(s) {
  s.child.kill('SIGTERM');
  await s.child.exited;
}

export async function request(s, method, path, body, timeoutMs = 30_000) {
  const r = await fetch(s.url + path, {
    method,
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: r.status, body: r.status === 204 ? null : await r.json().catch(() => null) };
}

export async function api(s, method, path, body) {
  const r = await request(s, method, path, body);
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Drops and creates a PostgreSQL database on the local server; returns its URL. */
export async function freshPostgres(name) {
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
}

/** Runs `work` over the items with at most `concurrency` at a time. */
export async function pool(items, concurrency, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
