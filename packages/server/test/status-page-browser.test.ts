import { mkdirSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM, type Principal } from '../src/services/core/service-context.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { freshStore, type TestStore } from './databases.js';

/** Where the screenshots go, to be looked at (SURETY_SCREENSHOTS names a folder; otherwise a fresh temporary one). */
const SHOTS = process.env.SURETY_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'surety-status-shots-'));

/** Debian's Chromium, headless, with a fresh profile of its own each time. */
function chromiumContext(options: Parameters<typeof chromium.launchPersistentContext>[1]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'surety-chromium-')), {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    ...options,
  });
}

// A 24x7 UTC contract with a 99.9% monthly target (any impairment of 10% for 60 s is an outage).
const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

describe('the public status page in Chromium', () => {
  let store: TestStore;
  let app: Api;
  let base = '';
  let privatePath = '';
  const clock = Date.parse('2026-07-10T11:00:00Z');
  const context = (principal: Principal = SYSTEM) => store.context(principal);

  beforeAll(async () => {
    store = await freshStore('sqlite', () => clock);
    app = await buildApp({ context });
    const admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    const post = async (url: string, payload: object) => {
      const r = await app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${admin}` } });
      if (r.statusCode >= 300) throw new Error(`${url}: ${r.body}`);
    };
    await post('/services', { id: 'voice', name: 'Voice', description: 'Call routing and its API' });
    await post('/services/voice/components', { id: 'api', name: 'REST API' });
    await post('/services/voice/components', { id: 'routing', name: 'Call routing' });
    await post('/services', { id: 'web', name: 'Web' });
    await post('/services/web/components', { id: 'portal', name: 'Customer portal' });
    await post('/incidents', {
      title: 'x',
      text: 'x',
      start: '2026-06-20T10:00:00Z',
      end: '2026-06-20T13:00:00Z',
      fraction: 1,
      components: [{ serviceId: 'web', componentId: null }],
    });
    await post('/incidents', {
      title: 'Elevated API error rate',
      status: 'identified',
      text: 'A faulty deploy; rolling back now.',
      fraction: 0.4,
      components: [{ serviceId: 'voice', componentId: 'api' }],
    });
    await post('/maintenance', {
      serviceId: 'web',
      componentId: 'portal',
      start: '2026-07-19T18:00:00Z',
      end: '2026-07-19T20:00:00Z',
      reason: 'Database upgrade',
    });
    await post('/customers', { id: 'acme', name: 'Acme Retail' });
    await post('/contracts', { source: contract });
    await app.inject({
      method: 'PUT',
      url: '/customers/acme/contracts/plain',
      payload: {},
      headers: { authorization: `Bearer ${admin}` },
    });
    const link = await app.inject({
      method: 'POST',
      url: '/customers/acme/status-links',
      headers: { authorization: `Bearer ${admin}` },
    });
    privatePath = link.json().path;
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  }, 60_000);

  it.each([360, 1440])(
    'reads at %i px without sideways scrolling, with no serious accessibility violation',
    async (width) => {
      const browser = await chromiumContext({ viewport: { width, height: 900 }, timezoneId: 'America/New_York' });
      const page = await browser.newPage();
      await page.goto(`${base}/status`);
      await page.screenshot({ path: join(SHOTS, `status-${width}.png`), fullPage: true });
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      // The script shows instants in the reader's zone (New York is UTC-4 in July 2026, EDT).
      expect(await page.locator('time[datetime="2026-07-19T18:00:00.000Z"]').first().textContent()).toMatch(
        /2:00.*PM.*EDT/,
      );
      await page.addScriptTag({ content: axe.source });
      const result = await page.evaluate<axe.AxeResults>('axe.run()');
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await browser.close();
    },
  );

  it('without JavaScript, instants read in UTC and say so', async () => {
    const browser = await chromiumContext({ javaScriptEnabled: false, viewport: { width: 360, height: 900 } });
    const page = await browser.newPage();
    await page.goto(`${base}/status`);
    expect(await page.locator('time[datetime="2026-07-19T18:00:00.000Z"]').first().textContent()).toBe(
      '19 Jul 2026, 18:00 UTC',
    );
    expect(await page.locator('#tz-note').textContent()).toBe('Times are shown in UTC.');
    await page.screenshot({ path: join(SHOTS, 'status-360-no-js.png'), fullPage: true });
    await browser.close();
  });

  it.each([360, 1440])("a customer's private page by its secret link reads at %i px", async (width) => {
    const browser = await chromiumContext({ viewport: { width, height: 900 }, timezoneId: 'UTC' });
    const page = await browser.newPage();
    const r = await page.goto(`${base}${privatePath}`);
    expect(r?.status()).toBe(200);
    await page.screenshot({ path: join(SHOTS, `private-status-${width}.png`), fullPage: true });
    expect(await page.locator('h1').textContent()).toBe('Acme Retail: service status');
    expect(await page.locator('h2#contract-plain').textContent()).toBe('Plain SLA');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate<axe.AxeResults>('axe.run()');
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await browser.close();
  });
});
