// Bench entry: `node --expose-gc bench/run.mjs [name]` runs bench/<name>.mjs, or every bench when no name is given.
// Each bench module exports `run()`; register new benches in `benches` below.

const benches = {
  'business-time': () => import('./business-time.mjs'),
  replay: () => import('./replay.mjs'),
  availability: () => import('./availability.mjs'),
  server: () => import('./server.mjs'),
  crash: () => import('./crash.mjs'),
  status: () => import('./status.mjs'),
  // The status bench with 10,000 monitors behind the components, probed while the page is loaded (issue 14).
  'status-monitors': () => {
    process.env.STATUS_BENCH_MONITORS ??= '10000';
    return import('./status.mjs');
  },
  statements: () => import('./statements.mjs'),
  monitors: () => import('./monitors.mjs'),
  web: () => import('./web-bundle.mjs'),
  console: () => import('./console.mjs'),
  'queue-scroll': () => import('./queue-scroll.mjs'),
};

const requested = process.argv[2];
const names = requested === undefined ? Object.keys(benches) : [requested];

for (const name of names) {
  const load = benches[name];
  if (!load) {
    console.error(`unknown bench '${name}'; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  if (typeof gc !== 'function') console.error('note: run with --expose-gc for steadier timings');
  const bench = await load();
  await bench.run();
}
// Clients the benches used (keep-alive sockets, pools) would otherwise keep the process waiting.
process.exit(0);
