// Statements benchmark: the monthly SLA statement as a PDF for one customer and contract, and the statements of
// every customer of a month. The store is the demo (`surety demo`: five customers, one per seed contract, a quarter
// of requests) plus EXTRA customers on Numonix (24x7) with REQUESTS requests each in October 2026, one reply each:
// SQLite in a temporary file. Peer/ceiling: the PDF against JSON of the same statement (the cost of drawing it), and
// the ceilings (1 s per statement, a minute for all customers of a month).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM } from '../packages/server/dist/services/core/service-context.js';
import { openStore } from '../packages/server/dist/services/core/store.js';
import { loadDemo } from '../packages/server/dist/services/demo/load-demo.js';
import { createCustomer } from '../packages/server/dist/services/customers/create.js';
import { assignContract } from '../packages/server/dist/services/contracts/assign.js';
import { openTicket } from '../packages/server/dist/services/tickets/open.js';
import { recordTicketEvent } from '../packages/server/dist/services/tickets/record-event.js';
import { monthlyStatement } from '../packages/server/dist/services/reports/issue-statement.js';
import { renderStatement } from '../packages/server/dist/services/reports/render-statement.js';
import { mulberry32 } from './seeded-random.mjs';

const EXTRA = Number(process.env.STATEMENT_CUSTOMERS ?? 200);
const REQUESTS = Number(process.env.STATEMENT_REQUESTS ?? 30);
const MONTH = '2026-10';
const OCTOBER = Date.UTC(2026, 9, 1);

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'surety-statements-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    const system = store.context(SYSTEM);
    await loadDemo(system, 'contracts');
    const random = mulberry32(12);
    const t0 = performance.now();
    for (let c = 0; c < EXTRA; c++) {
      const id = `bench-${c}`;
      await createCustomer(system, { id, name: `Bench customer ${c}` });
      await assignContract(system, { customerId: id, contractId: 'numonix-ixcloud' });
      for (let r = 0; r < REQUESTS; r++) {
        const at = OCTOBER + Math.floor(random() * 30 * 86_400_000);
        const ticket = `${id}-${r}`;
        await openTicket(
          store.context(SYSTEM, () => at),
          {
            id: ticket,
            customerId: id,
            contractId: 'numonix-ixcloud',
            severity: ['S1', 'S2', 'S3', 'S4'][r % 4],
            fields: {},
          },
        );
        const reply = at + Math.floor(random() * 4 * 3_600_000);
        await recordTicketEvent(
          store.context(SYSTEM, () => reply),
          ticket,
          { type: 'replied', author: 'agent', public: true },
        );
      }
    }
    console.log(
      `statements: store loaded (demo + ${EXTRA} customers x ${REQUESTS} requests) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    // One statement: the first call issues it (stored); the repeats derive it again, compare the hash, and draw it.
    const one = async (format) => {
      const start = performance.now();
      const s = await monthlyStatement(system, 'globex', 'securenvoy-cloud-sla', MONTH);
      await renderStatement(s, format);
      return performance.now() - start;
    };
    await one('pdf');
    const pdf = [];
    const json = [];
    for (let i = 0; i < 20; i++) {
      globalThis.gc?.();
      json.push(await one('json'));
      pdf.push(await one('pdf'));
    }
    console.log(
      `statements: one PDF statement (globex, SecurEnvoy, ${MONTH}) median ${percentile(pdf, 0.5).toFixed(0)} ms, p95 ${percentile(pdf, 0.95).toFixed(0)} ms; ` +
        `JSON of the same ${percentile(json, 0.5).toFixed(0)} ms (PDF/JSON ${(percentile(pdf, 0.5) / percentile(json, 0.5)).toFixed(2)}x); ceiling 1000 ms`,
    );

    // Every customer of the month, issued and drawn as PDF one after another (first issue: each is stored).
    const customers = await system.db.selectFrom('assignments').select(['customer_id', 'contract_id']).execute();
    const start = performance.now();
    let bytes = 0;
    for (const a of customers) {
      const s = await monthlyStatement(system, a.customer_id, a.contract_id, MONTH);
      bytes += (await renderStatement(s, 'pdf')).body.length;
    }
    const all = (performance.now() - start) / 1000;
    console.log(
      `statements: all ${customers.length} customers of ${MONTH} as PDF in ${all.toFixed(1)} s (${((1000 * all) / customers.length).toFixed(0)} ms each, ${(bytes / 1e6).toFixed(1)} MB); ceiling 60 s`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
