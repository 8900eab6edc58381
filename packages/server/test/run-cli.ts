import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs the built `surety` command (npm test builds before testing) in the repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

export function surety(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
