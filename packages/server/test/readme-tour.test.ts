import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli.js';

/**
 * The README's CLI tour runs as written: each `$ npm run surety -- …` command of a ```console block that shows
 * its output is run with the built CLI (what `npm run surety` runs after building), and must print that output.
 * Commands shown without output (servers, the demo) are not run here.
 */
interface Example {
  command: string;
  output: string;
}

function tour(readme: string): Example[] {
  const examples: Example[] = [];
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = block[1]!.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('$ npm run surety -- ')) continue;
      let command = lines[i]!.slice(2);
      while (command.endsWith('\\')) command = command.slice(0, -1) + lines[++i]!.trim();
      const output: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith('$ ')) output.push(lines[++i]!);
      const text = output.join('\n').trim();
      if (text) examples.push({ command, output: text });
    }
  }
  return examples;
}

const examples = tour(readFileSync(`${repoRoot}README.md`, 'utf8'));

describe("the README's CLI tour", () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((e) => [e.command, e]))('%s', (_, example) => {
    const cli = example.command.replace(/^npm run surety -- /, 'node packages/server/dist/cli/main.js ');
    const r = spawnSync('bash', ['-c', cli], { cwd: repoRoot, encoding: 'utf8' });
    const printed = (r.stdout + r.stderr)
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n')
      .trim();
    expect(printed).toBe(example.output);
  });
});
