// Builds the web bundle (packages/web/dist) when it is missing or older than its sources, so `npm start` and
// `npm test` on a fresh clone serve the current app without rebuilding it every time.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'packages/web/dist/index.html';
const sources = ['packages/web/src', 'packages/web/index.html', 'packages/web/vite.config.ts', 'packages/client/src'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
  process.stderr.write('surety: building the web app (vite build)...\n');
  execSync('npm run build --silent -w @surety/web', { stdio: 'inherit' });
}
