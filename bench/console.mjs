// Console bench (issue 12, section 7), on SQLite: the overview and queue answers the console reads, under load, with
// 100,000 requests of 1,000 customers in the store. Seeded through the services (as the server writes them: group
// commit, projections, clock outcomes) over the last 90 days on Numonix IXCloud (24x7): each request answered, most
// resolved, OPEN of them still open (running clocks; the older ones overdue). Then `surety serve` runs on the file
// and autocannon in this process drives it, 10 connections per route. Ceiling: the issue's 100 ms p99.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SYSTEM } from '../packages/server/dist/services/core/service-context.js';
import { openStore } from '../packages/server/dist/services/core/store.js';
import { seedContracts } from '../packages/server/dist/services/contracts/seed.js';
import { createCustomer } from '../packages/server/dist/services/customers/create.js';
import { assignContract } from '../packages/server/dist/services/contracts/assign.js';
import { issueToken } from '../packages/server/dist/services/tokens/api-tokens.js';
import { openTicket } from '../packages/server/dist/services/tickets/open.js';
import { recordTicketEvent } from '../packages/server/dist/services/tickets/record-event.js';
import { inFlight } from './in-flight.mjs';
import { mulberry32 } from './seeded-random.mjs';
import { serve, stop } from './surety-server.mjs';

const CUSTOMERS = Number(process.env.CONSOLE_BENCH_CUSTOMERS ?? 1_000);
const REQUESTS = Number(process.env.CONSOLE_BENCH_REQUESTS ?? 100_000);
const OPEN = Number(process.env.CONSOLE_BENCH_OPEN ?? 3_000);
const PORT = Number(process.env.CONSOLE_BENCH_PORT ?? 18520);
const CEILING_P99_MS = 100;
const DAY = 86_400_000;
async function seed(file, now) {
  const store = await openStore(file);
  const system = store.context(SYSTEM);
  await seedContracts(system, 'contracts');
  for (let c = 0; c < CUSTOMERS; c++) {
    await createCustomer(system, { id: `cust-${c}`, name: `Customer ${c}` });
    await assignContract(system, { customerId: `cust-${c}`, contractId: 'numonix-ixcloud' });
  }
  const random = mulberry32(7);
  const plan = Array.from({ length: REQUESTS }, (_, i) => {
    // The open ones are the newest; the rest spread over 90 days.
    const open = i >= REQUESTS - OPEN;
    const at = open ? now - Math.floor(random() * 2 * DAY) : now - 90 * DAY + Math.floor(random() * 88 * DAY);
    return { id: `REQ-${i}`, customerId: `cust-${i % CUSTOMERS}`, severity: `S${1 + (i % 4)}`, at, open };
  });
  const started = performance.now();
  // One clock for every write, as in a server (events written together share their transaction's instant): the
  // requests' own times are stated, as staff may backdate what they record.
  await inFlight(plan.length, async (i) => {
    const r = plan[i];
    await openTicket(system, {
      id: r.id,
      customerId: r.customerId,
      contractId: 'numonix-ixcloud',
      severity: r.severity,
      at: r.at,
      fields: {},
    });
    const reply = Math.min(now, r.at + Math.floor(random() * 6 * 3_600_000));
    await recordTicketEvent(system, r.id, { type: 'replied', author: 'agent', public: true, at: reply });
    if (!r.open) await recordTicketEvent(system, r.id, { type: 'resolved', at: reply + 3_600_000 });
  });
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return seconds;
}

async function measure(s, path) {
  const r = await autocannon({
    url: s.url + path,
    connections: 10,
    duration: 10,
    headers: { authorization: `Bearer ${s.token}` },
  });
  const errors = r.non2xx + r.errors + r.timeouts;
  // An answer that is an error is no answer: a run with errors meets nothing, however fast.
  const verdict = errors === 0 && r.latency.p99 < CEILING_P99_MS ? 'met' : 'NOT MET';
  console.log(
    `GET ${path}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms ` +
      `(${(r.latency.p99 / CEILING_P99_MS).toFixed(2)}× the ${CEILING_P99_MS} ms ceiling: ${verdict}), errors ${errors}`,
  );
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'surety-console-bench-'));
  // CONSOLE_BENCH_FILE: a store an earlier run seeded (its path is printed), measured again without seeding.
  const file = process.env.CONSOLE_BENCH_FILE ?? join(dir, 'surety.db');
  let token;
  if (process.env.CONSOLE_BENCH_FILE) {
    console.log(`measuring ${file} as seeded before (not seeded again)`);
    // Its first start printed the admin token; this run makes its own.
    const store = await openStore(file);
    token = (await issueToken(store.context(SYSTEM), { role: 'admin', label: 'console bench' })).token;
    await store.close();
  } else {
    const seconds = await seed(file, Date.now());
    console.log(
      `seeded ${REQUESTS.toLocaleString('en')} requests of ${CUSTOMERS.toLocaleString('en')} customers ` +
        `(${OPEN.toLocaleString('en')} open) in ${seconds.toFixed(0)} s into ${file}; load average ` +
        loadavg()[0].toFixed(1),
    );
  }
  const served = await serve(file, PORT, { logFile: join(dir, 'server.log') });
  const s = { ...served, token: token ?? served.token };
  try {
    for (const path of [
      '/overview/compliance',
      '/overview/compliance?customerId=cust-5',
      '/clocks?limit=50',
      '/clocks?overdue=true&limit=50',
      '/clocks?customerId=cust-5&limit=50',
      '/tickets?limit=50',
    ])
      await measure(s, path);
    console.log(`load average after: ${loadavg()[0].toFixed(1)} (2 cores)`);
  } finally {
    await stop(s);
  }
}
