// Child process that runs one peer for the business-time bench. The main bench process forks it with the TZ
// environment the peer needs and sends it a config; it answers with the peer's answers and timings.
//
// Cases go to worker threads in chunks. A worker posts every answer as it gets it; a case that takes longer
// than `caseLimitMs` counts as hung: the worker is terminated, the rest of its chunk is counted as not run
// (wrong, by the bench's rules) and a fresh worker carries on with the next chunk.
import { Worker } from 'node:worker_threads';
import { setInterval, clearInterval, setTimeout, clearTimeout } from 'node:timers';
import { STATUS } from './cases.mjs';

const WORKER_URL = new URL('./peer-worker.mjs', import.meta.url);
const OPS = ['add', 'between'];

if (process.send) {
  process.once('message', (cfg) => {
    runPeer(cfg).then(
      (result) => process.send(result, () => process.exit(0)),
      (error) => process.send({ failed: String(error?.stack ?? error) }, () => process.exit(1)),
    );
  });
}

async function runPeer(cfg) {
  const { peer, holidays, seed, count } = cfg;
  const values = { add: new Float64Array(count).fill(NaN), between: new Float64Array(count).fill(NaN) };
  const status = { add: new Uint8Array(count), between: new Uint8Array(count) };
  const errors = [];
  let hangs = 0;
  let restarts = 0;
  const workerData = { peer, holidays, seed, count };

  /** Runs `queue` (chunks {op, from, to}) through a pool of workers; resolves when every chunk is settled. */
  function runChunks(queue) {
    return new Promise((resolve, reject) => {
      const slots = new Set();
      let pending = queue.length;
      let finished = false;

      const finish = (error) => {
        if (finished) return;
        finished = true;
        clearInterval(watchdog);
        for (const s of slots) void s.worker.terminate();
        slots.clear();
        if (error) reject(error);
        else resolve();
      };

      const spawn = () => {
        const s = { worker: new Worker(WORKER_URL, { workerData }), chunk: null, next: 0, last: 0, ready: false };
        s.worker.on('message', (m) => onMessage(s, m));
        s.worker.on('error', (e) => onError(s, e));
        slots.add(s);
      };

      const retire = (s) => {
        slots.delete(s);
        void s.worker.terminate();
      };

      const assign = (s) => {
        const chunk = queue.shift();
        if (!chunk) {
          retire(s);
          return;
        }
        s.chunk = chunk;
        s.next = chunk.from;
        s.last = performance.now();
        s.worker.postMessage({ type: 'check', ...chunk });
      };

      /** Gives up on the chunk of `s` from its current case: that case gets `first`, the rest NOT_RUN. */
      const abandon = (s, first) => {
        const { op, to } = s.chunk;
        if (s.next < to) status[op][s.next] = first;
        for (let i = s.next + 1; i < to; i++) status[op][i] = STATUS.NOT_RUN;
        s.chunk = null;
        pending--;
        retire(s);
        if (pending === 0) finish();
        else if (queue.length > 0) {
          restarts++;
          spawn();
        }
      };

      const onMessage = (s, m) => {
        if (!slots.has(s) || finished) return; // a terminated worker's late messages
        if (Array.isArray(m)) {
          const [i, value, st, message] = m;
          const op = s.chunk.op;
          values[op][i] = value;
          status[op][i] = st;
          if (message !== undefined && errors.length < 20) errors.push({ op, index: i, message });
          s.next = i + 1;
          s.last = performance.now();
        } else if (m.type === 'ready') {
          s.ready = true;
          assign(s);
        } else if (m.type === 'chunk-done') {
          s.chunk = null;
          pending--;
          if (pending === 0) finish();
          else assign(s);
        }
      };

      const onError = (s, e) => {
        if (!slots.has(s) || finished) return;
        // A worker that cannot even load its peer would fail again on every restart.
        if (!s.ready) return finish(new Error(`${peer} worker failed to start: ${e?.stack ?? e}`));
        if (errors.length < 20)
          errors.push({ op: s.chunk?.op, index: s.next, message: `worker crashed: ${e?.message}` });
        if (s.chunk) abandon(s, STATUS.THREW);
        else retire(s);
      };

      const watchdog = setInterval(() => {
        const now = performance.now();
        for (const s of [...slots]) {
          if (s.chunk && now - s.last > cfg.caseLimitMs) {
            hangs++;
            abandon(s, STATUS.HUNG);
          }
        }
      }, 20);

      if (pending === 0) return finish();
      for (let k = 0; k < Math.min(cfg.poolSize, queue.length); k++) spawn();
    });
  }

  const chunksOf = (from, to) => {
    const queue = [];
    for (let c = from; c < to; c += cfg.chunkSize) {
      for (const op of OPS) queue.push({ op, from: c, to: Math.min(to, c + cfg.chunkSize) });
    }
    return queue;
  };

  // Check: the first `minCheck` cases of each op always; all `count` if that projects to fit the budget.
  const t0 = performance.now();
  await runChunks(chunksOf(0, cfg.minCheck));
  const firstSeconds = (performance.now() - t0) / 1000;
  let checked = cfg.minCheck;
  let checkNote = `checked the first ${cfg.minCheck.toLocaleString('en-US')} cases of each operation`;
  if (cfg.maxCheck > cfg.minCheck) {
    const projected = (firstSeconds * cfg.maxCheck) / cfg.minCheck;
    if (projected <= cfg.checkBudgetSeconds) {
      await runChunks(chunksOf(cfg.minCheck, cfg.maxCheck));
      checked = cfg.maxCheck;
      checkNote = `checked all ${cfg.maxCheck.toLocaleString('en-US')} cases of each operation`;
    } else {
      checkNote +=
        ` (cases 0–${cfg.minCheck - 1} of the seeded sequence, itself a seeded random sample): all ` +
        `${cfg.maxCheck.toLocaleString('en-US')} would have taken ~${projected.toFixed(0)} s, over the ` +
        `${cfg.checkBudgetSeconds} s budget`;
    }
  }
  const checkSeconds = (performance.now() - t0) / 1000;

  // Time: one fresh worker, alone, on the first `timeSample` cases that neither threw nor hung in the check.
  const timing = {};
  if (cfg.timeSample > 0) {
    const worker = new Worker(WORKER_URL, { workerData });
    try {
      await waitFor(worker, (m) => m?.type === 'ready', 60_000);
      for (const op of OPS) {
        const n = Math.min(cfg.timeSample, checked);
        const indices = Int32Array.from({ length: n }, (_, i) => i).filter((i) => status[op][i] === STATUS.OK);
        worker.postMessage({ type: 'time', op, indices, warmup: cfg.warmup });
        try {
          const m = await waitFor(worker, (x) => x?.type === 'timed' && x.op === op, cfg.timingLimitMs);
          timing[op] = { count: m.count, ms: m.ms, wallMs: m.wallMs, opsPerSec: (m.count / m.ms) * 1000 };
        } catch (e) {
          timing[op] = { count: indices.length, ms: null, opsPerSec: null, note: String(e.message) };
          break;
        }
      }
    } finally {
      await worker.terminate();
    }
  }

  return {
    peer,
    tz: process.env.TZ ?? null,
    checked,
    checkNote,
    checkSeconds,
    poolSize: cfg.poolSize,
    hangs,
    restarts,
    values,
    status,
    errors,
    timing,
  };
}

function waitFor(worker, predicate, limitMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.off('message', onMessage);
      reject(new Error(`no answer within ${limitMs} ms`));
    }, limitMs);
    const onMessage = (m) => {
      if (!predicate(m)) return;
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve(m);
    };
    worker.on('message', onMessage);
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
