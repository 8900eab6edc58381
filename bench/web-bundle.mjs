// Web bundle benchmark: builds packages/web (vite build) and measures the JavaScript a browser must fetch before
// the first page shows: the entry chunk named by dist/index.html and every chunk it imports statically (transitively),
// gzipped at level 6 as servers commonly send it. Pages are lazy chunks loaded on first visit; the largest of them
// is reported beside the first load. The ceiling is issue 12's 250 KB gzipped.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'packages/web/dist';
const CEILING = 250 * 1024;

const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 6 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file) {
  const code = readFileSync(join(DIST, file), 'utf8');
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g))
    found.add(`assets/${m[1]}`);
  return found;
}

export async function run() {
  const started = performance.now();
  execSync('npm run build --silent -w @surety/web', { stdio: 'ignore' });
  const buildMs = performance.now() - started;
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const firstLoad = new Set([...entries, ...preloads]);
  // Static imports, transitively: a chunk cannot run before the chunks it imports have loaded.
  const queue = [...firstLoad];
  while (queue.length > 0)
    for (const dep of staticImports(queue.pop()))
      if (!firstLoad.has(dep)) {
        firstLoad.add(dep);
        queue.push(dep);
      }
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const css = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => `assets/${f}`);
  const first = [...firstLoad].reduce((sum, f) => sum + gzipped(f), 0);
  const lazy = all.filter((f) => !firstLoad.has(f)).map((f) => ({ f, size: gzipped(f) }));
  lazy.sort((a, b) => b.size - a.size);
  const total = all.reduce((sum, f) => sum + gzipped(f), 0);
  console.log(`web bundle (vite build ${(buildMs / 1000).toFixed(1)} s)`);
  console.log(
    `  first-load JS   ${kb(first)} gzipped in ${firstLoad.size} chunk(s); ceiling ${kb(CEILING)} (${((first / CEILING) * 100).toFixed(0)}% of it)`,
  );
  console.log(`  first-load CSS  ${kb(css.reduce((s, f) => s + gzipped(f), 0))} gzipped`);
  console.log(`  all JS          ${kb(total)} gzipped in ${all.length} chunks`);
  console.log(
    `  largest lazy    ${lazy
      .slice(0, 3)
      .map((l) => `${l.f.replace(/^assets\//, '')} ${kb(l.size)}`)
      .join(', ')}`,
  );
  if (first > CEILING) {
    console.error('first-load JS is over the ceiling');
    process.exitCode = 1;
  }
}
