// Makes a fresh clone ready: installs dependencies when node_modules is missing or older than the lock
// file. `npm start` and `npm test` run it first, so the README's two commands are all the set-up there is.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  process.stderr.write('surety: installing dependencies (npm ci)...\n');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
