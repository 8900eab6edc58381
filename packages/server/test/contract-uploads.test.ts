import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineContract } from '@surety/engine';
import { buildApp, type Api } from '../src/api/app.js';
import { outlineOffThread } from '../src/services/contracts/outline-off-thread.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal } from '../src/services/core/service-context.js';
import { apiClient } from './api-client.js';
import { freshStore, type TestStore } from './databases.js';

/**
 * Large contract uploads are parsed in a worker thread. Parsing does not touch the database, so one backend
 * (SQLite) is enough here; publishing itself is tested on both in contracts.test.ts.
 */
const desk = `surety: 1
contract: { id: desk, title: Desk SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;
/** 50 KB of flow nesting: refused at the depth limit, after the parser has read it all (a few hundred ms). */
const slowToParse = `surety: 1\nx: ${'['.repeat(50_000)}\n`;

describe('large contract uploads', () => {
  let store: TestStore;
  let app: Api;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM) => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);

  beforeAll(async () => {
    store = await freshStore('sqlite', () => Date.parse('2026-07-01T12:00:00Z'));
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('a large valid file is published as a small one is', async () => {
    const padded = desk + `# ${'padding '.repeat(12_000)}\n`;
    expect(await ok('admin', 'POST', '/contracts', { source: padded })).toMatchObject({ id: 'desk', version: 1 });
  });

  it('a large invalid file is refused with the place of its problem', async () => {
    const r = await call('admin', 'POST', '/contracts', { source: slowToParse });
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('contract:2:35: /: YAML: nesting deeper than 32 levels');
  });

  it('the event loop keeps turning while a large file is parsed (another thread parses it)', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('event loop turned'));
    const outline = await outlineOffThread(slowToParse).then((o) => (order.push('parsed'), o));
    expect(order).toEqual(['event loop turned', 'parsed']);
    expect(outline).toEqual(outlineContract(slowToParse));
  });
});
