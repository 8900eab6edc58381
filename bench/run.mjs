// Bench entry: `node --expose-gc bench/run.mjs [name]` runs bench/<name>.mjs, or every bench when no name is given.
// Each bench module exports `run()`; register new benches in `benches` below.

const benches = {
  'business-time': () => import('./business-time.mjs'),
  replay: () => import('./replay.mjs'),
  availability: () => import('./availability.mjs'),
  server: () => import('./server.mjs'),
  crash: () => import('./crash.mjs'),
  status: () => import('./status.mjs'),
  statements: () => import('./statements.mjs'),
  monitors: () => import('./monitors.mjs'),
  web: () => import('./web-bundle.mjs'),
  console: () => import('./console.mjs'),
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
