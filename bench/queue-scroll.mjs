// Queue scroll bench (issue 12 §3: "10,000 rows stay smooth"): the console's queue page with 10,000 running clocks,
// scrolled in Debian's Chromium. A SQLite store is seeded through the services with 10,000 open requests of 100
// customers on Numonix IXCloud (24x7), `surety serve` runs on it, and Chromium (playwright-core, the flags the
// browser tests use) creates the first admin on the set-up page, opens /app/queue and waits until all 10,000 rows are
// loaded. Then the list is scrolled by 100 px, then 400 px, on every animation frame for 600 frames and the intervals between
// frames are recorded in the page. The ceiling is one frame at 60 Hz (16.7 ms): p99 above it means visible stutter.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
/* global document, requestAnimationFrame -- page.evaluate's function runs in the browser */
import { SYSTEM } from '../packages/server/dist/services/core/service-context.js';
import { openStore } from '../packages/server/dist/services/core/store.js';
import { seedContracts } from '../packages/server/dist/services/contracts/seed.js';
import { createCustomer } from '../packages/server/dist/services/customers/create.js';
import { assignContract } from '../packages/server/dist/services/contracts/assign.js';
import { openTicket } from '../packages/server/dist/services/tickets/open.js';
import { inFlight } from './in-flight.mjs';
import { serve, stop } from './surety-server.mjs';

const ROWS = Number(process.env.QUEUE_BENCH_ROWS ?? 10_000);
const CUSTOMERS = 100;
const PORT = Number(process.env.QUEUE_BENCH_PORT ?? 18070);
const FRAMES = 600;
// Pixels scrolled per frame: 100 (6,000 px/s, a brisk wheel) and 400 (a flung scrollbar); QUEUE_BENCH_STEP=N for one
// speed (0: the page left alone, its countdowns ticking).
const STEPS = process.env.QUEUE_BENCH_STEP ? [Number(process.env.QUEUE_BENCH_STEP)] : [100, 400];
const FRAME_MS = 1000 / 60;
const HOUR = 3_600_000;

async function seed(file, now) {
  const store = await openStore(file);
  const system = store.context(SYSTEM);
  await seedContracts(system, 'contracts');
  for (let c = 0; c < CUSTOMERS; c++) {
    await createCustomer(system, { id: `cust-${c}`, name: `Customer ${c}` });
    await assignContract(system, { customerId: `cust-${c}`, contractId: 'numonix-ixcloud' });
  }
  await inFlight(ROWS, (i) =>
    openTicket(system, {
      id: `REQ-${i}`,
      customerId: `cust-${i % CUSTOMERS}`,
      contractId: 'numonix-ixcloud',
      severity: `S${1 + (i % 3)}`,
      // Spread over the last two days: some overdue, most counting down.
      at: now - Math.floor((i / ROWS) * 48 * HOUR),
      fields: {},
    }),
  );
  await store.close();
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'surety-queue-bench-'));
  const file = join(dir, 'surety.db');
  const started = performance.now();
  await seed(file, Date.now());
  console.log(
    `seeded ${ROWS.toLocaleString('en')} open requests in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const s = await serve(file, PORT, { logFile: join(dir, 'server.log') });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(s.url);
    // A fresh store: the first visit makes the first admin, as a new provider's would.
    await page.getByLabel('Your name').fill('Bench Admin');
    await page.getByLabel('Email').fill('bench@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const opened = performance.now();
    await page.goto(`${s.url}/app/queue`);
    await page.getByText(`${ROWS} open requests`).waitFor({ timeout: 120_000 });
    const loadMs = performance.now() - opened;
    for (const step of STEPS) {
      await page.evaluate(() => (document.querySelector('[aria-label="Open requests"]').scrollTop = 0));
      const measured = await page.evaluate(
        async ([frames, step]) => {
          const list = document.querySelector('[aria-label="Open requests"]');
          const intervals = [];
          let last = performance.now();
          await new Promise((resolve) => {
            const frame = (t) => {
              intervals.push(t - last);
              last = t;
              list.scrollTop += step;
              if (intervals.length < frames) requestAnimationFrame(frame);
              else resolve();
            };
            requestAnimationFrame(frame);
          });
          return {
            intervals: intervals.slice(1),
            domRows: list.querySelectorAll('[role="row"]').length,
            scrolledTo: list.scrollTop,
            scrollHeight: list.scrollHeight,
          };
        },
        [FRAMES, step],
      );
      const sorted = [...measured.intervals].sort((a, b) => a - b);
      const p99 = percentile(sorted, 99);
      const longFrames = measured.intervals.filter((ms) => ms > 2 * FRAME_MS).length;
      console.log(
        `queue page with ${ROWS.toLocaleString('en')} rows, ${step} px a frame: loaded in ${(loadMs / 1000).toFixed(1)} s; ` +
          `${measured.domRows} rows in the DOM; scrolled ${measured.scrolledTo.toLocaleString('en')} of ` +
          `${measured.scrollHeight.toLocaleString('en')} px in ${measured.intervals.length} frames: frame interval ` +
          `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, ` +
          `max ${sorted.at(-1).toFixed(1)} ms; ${longFrames} frames over 2 × ${FRAME_MS.toFixed(1)} ms ` +
          `(p99 ${(p99 / FRAME_MS).toFixed(2)}× one 60 Hz frame: ${p99 <= FRAME_MS * 1.1 ? 'smooth' : 'NOT smooth'}); ` +
          `load average ${loadavg()[0].toFixed(1)}`,
      );
    }
  } finally {
    await browser.close();
    await stop(s);
  }
}
