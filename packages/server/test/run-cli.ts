import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs the built `surety` command (npm test builds before testing) in the repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

export function surety(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A fresh scratch folder for the files a CLI test hands to `surety`: `file(name, text)` writes one and answers its
 * path; `path(name)` names one without writing it.
 */
export function scratchFiles(prefix: string): { file(name: string, text: string): string; path(name: string): string } {
  const dir = mkdtempSync(join(tmpdir(), `surety-${prefix}-`));
  return {
    file(name, text) {
      const at = join(dir, name);
      writeFileSync(at, text);
      return at;
    },
    path: (name) => join(dir, name),
  };
}
