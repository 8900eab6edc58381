import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const SCREENSHOTS = join(repo, 'docs/screenshots');

export interface RunningServer {
  url: string;
  adminToken: string;
  stop(): Promise<void>;
}

/**
 * `surety serve` as `npm start` runs it (the built server and web bundle), on port 0 with a fresh SQLite file.
 * Answers once it listens, with its URL and the admin token it printed.
 */
export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'surety-web-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['packages/server/dist/cli/main.js', 'serve', '--port', '0', '--database', join(dir, 'surety.db')],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  const started = new Promise<{ url: string; adminToken: string }>((resolve, reject) => {
    const check = () => {
      const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      const token = /admin token[^:]*: (sur_\S+)/.exec(err)?.[1];
      if (url && token) resolve({ url, adminToken: token });
    };
    child.stdout!.on('data', (d: Buffer) => ((out += d.toString()), check()));
    child.stderr!.on('data', (d: Buffer) => ((err += d.toString()), check()));
    child.once('exit', (code) => reject(new Error(`surety serve exited (${code}): ${err}`)));
  });
  const { url, adminToken } = await started;
  return {
    url,
    adminToken,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's chromium through playwright-core (which gives each launch a fresh temporary profile). */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export const WIDTHS = [1440, 360] as const;

/**
 * Checks the page shown at both widths: no serious or critical axe-core violation, no horizontal scroll of the
 * page itself at 360 px, and a full-page screenshot saved as docs/screenshots/NAME-WIDTH.png.
 * Answers the violations found (empty when clean) so a test can show them.
 */
export async function checkPage(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('[aria-label="Loading"]'), undefined, { timeout: 15_000 });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    for (const v of axe.violations)
      if (v.impact === 'serious' || v.impact === 'critical')
        problems.push(
          `${name} @${width}px: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) problems.push(`${name} @${width}px: the page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  return problems;
}
