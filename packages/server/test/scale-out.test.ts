import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignContract } from '../src/services/contracts/assign.js';
import { verifyAudit } from '../src/services/audit/log.js';
import { createCustomer } from '../src/services/customers/create.js';
import { openTicket } from '../src/services/tickets/open.js';
import { publishContract } from '../src/services/contracts/publish.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { openStore, type Store } from '../src/services/core/store.js';
import { POSTGRES_ADMIN_URL, skipped } from './databases.js';
import { repoRoot } from './run-cli.js';

const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 30m } } } } }
`;
const TICKETS = 1500;
const LEASE_SECONDS = 2;

interface Process {
  child: ChildProcess;
  name: string;
  /** Tickets whose breach this process recorded, from its log. */
  recorded: string[];
}

/** A `surety worker` (or `serve`) process on the shared database, with a short lease so a takeover is quick. */
function start(name: string, url: string, command: 'worker' | 'serve'): Promise<Process> {
  const args = [
    'packages/server/dist/cli/main.js',
    command,
    '--database',
    url,
    '--lease-seconds',
    String(LEASE_SECONDS),
    '--supervise-seconds',
    '1',
    ...(command === 'serve' ? ['--port', '0', '--contracts', 'packages/server/test'] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const p: Process = { child, name, recorded: [] };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const e = JSON.parse(line) as { msg?: string; change?: string; ticket?: string };
    if (e.msg === 'clock event recorded' && e.change === 'breached') p.recorded.push(e.ticket!);
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (/^Surety (worker )?on/.test(line)) resolve(p);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it started`)));
  });
}

// Three processes share one PostgreSQL through the job queue; one is killed with SIGKILL while breaches fall
// due. Every breach must still be recorded, once, by the survivors taking over the dead one's jobs.
describe.skipIf(skipped('postgres'))('scale-out on PostgreSQL', () => {
  const name = `surety_scale_${process.pid}`;
  const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  let store: Store;
  const processes: Process[] = [];

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    // This process only writes (its tickets queue their timer jobs); it takes no jobs itself.
    store = await openStore(url, {
      jobQueue: { leaseSeconds: LEASE_SECONDS, superviseSeconds: 1, onError: (e) => console.error(e) },
    });
  });
  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    await store?.close();
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('records every due breach exactly once when one of three processes is killed mid-run', async () => {
    const ctx = store.context(SYSTEM);
    await createCustomer(ctx, { id: 'acme', name: 'Acme' });
    await publishContract(ctx, contract);
    await assignContract(ctx, { customerId: 'acme', contractId: 'quick' });
    // Every deadline at one instant, before any worker runs: the first process up takes them in a batch and
    // records them in one transaction, which is when it is killed.
    const due = Date.now() + 2_000;
    for (let i = 0; i < TICKETS; i++) {
      await openTicket(ctx, {
        id: `T${String(i).padStart(3, '0')}`,
        customerId: 'acme',
        contractId: 'quick',
        severity: 'S1',
        at: due - 30 * 60_000,
        fields: {},
      });
    }
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    // Watch for the process whose connection is inside the transaction recording the breaches, while they start.
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    const started = Promise.all(
      (
        [
          ['serve', 'serve'],
          ['worker-1', 'worker'],
          ['worker-2', 'worker'],
        ] as const
      ).map(([name, command]) => start(name, url, command).then((p) => processes.push(p))),
    );
    // SELECT … FOR UPDATE on tickets (taking their timers' tickets) holds a RowShareLock until it commits.
    const holders = async () => {
      const { rows } = await watcher.query<{ application_name: string }>(
        `select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
          where l.relation = 'tickets'::regclass and l.mode = 'RowShareLock' and a.application_name like 'surety %'`,
      );
      return new Set(rows.map((r) => Number(r.application_name.split(' ')[1])));
    };
    let killed: Process | undefined;
    const watchUntil = Date.now() + 20_000;
    while (!killed && Date.now() < watchUntil) {
      const pids = await holders();
      const caught = processes.find((p) => pids.has(p.child.pid!));
      if (!caught) continue;
      // Freeze it, and make sure it is still inside that transaction: a stopped process cannot commit, so
      // killing it now rolls the transaction back and leaves its jobs to the others.
      caught.child.kill('SIGSTOP');
      if ((await holders()).has(caught.child.pid!)) {
        caught.child.kill('SIGKILL');
        killed = caught;
      } else caught.child.kill('SIGCONT');
    }
    await started;
    await watcher.end();
    expect(killed, 'no process was caught recording breaches').toBeDefined();

    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const breaches = async () =>
      (
        await db.query<{ ticket_id: string; n: string }>(
          `select ticket_id, count(*) as n from ticket_events where type = 'clock_breached' group by ticket_id`,
        )
      ).rows;
    // Wait for the survivors (the dead worker's jobs come back after its lease), at most a minute.
    const deadline = Date.now() + 60_000;
    let rows = await breaches();
    while (rows.length < TICKETS && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      rows = await breaches();
    }
    await db.end();

    expect(rows.length).toBe(TICKETS);
    expect(rows.filter((r) => Number(r.n) !== 1)).toEqual([]);
    // What the killed process committed before it died stays (its log may have missed it); the survivors
    // recorded the rest.
    expect(processes.filter((p) => p !== killed).some((p) => p.recorded.length > 0)).toBe(true);
    // The dead process's jobs were failed when its lease ran out and retried by another: a takeover, not luck.
    const retried = await store
      .context(SYSTEM)
      .db.executeQuery<{ n: string }>(
        sql`select count(*) as n from (select retry_count from surety_jobs.job union all select retry_count from surety_jobs.archive) j where retry_count > 0`.compile(
          store.context(SYSTEM).db,
        ),
      );
    expect(Number(retried.rows[0]!.n)).toBeGreaterThan(0);
    expect(await verifyAudit(ctx)).toMatchObject({ ok: true });
  }, 120_000);
});
