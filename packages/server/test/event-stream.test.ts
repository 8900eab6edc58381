import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { fireDueTimers } from '../src/services/clocks/fire-due-timers.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contract = `surety: 1
contract: { id: plain, title: Plain SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

/** A client of the live stream over real HTTP: collects the `ticket` events it hears. */
async function listen(base: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/events/stream`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const heard: { ticketId: string; customerId: string; what: string[] }[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let opened!: () => void;
  const ready = new Promise<void>((resolve) => (opened = resolve));
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes(': listening')) opened();
        const data = /^event: ticket\ndata: (.*)$/m.exec(block);
        if (data) heard.push(JSON.parse(data[1]!));
      }
    }
  })();
  await ready;
  /** Waits until `n` events were heard (the test fails by its timeout otherwise). */
  const until = async (n: number) => {
    while (heard.length < n) await new Promise((r) => setTimeout(r, 10));
    return heard;
  };
  return { heard, until, close: () => controller.abort() };
}

describe.each(backends)('live ticket changes on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  // Two processes on one database: writes go through `writer`, the streams are served by `server`. SQLite has one
  // process, which is both.
  let writer: TestStore;
  let server: TestStore;
  const apps: Api[] = [];
  let base = '';
  const tokens: Record<string, string> = {};
  const call = (app: Api, who: string, method: 'POST' | 'PUT', url: string, payload: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${tokens[who]}` } });

  beforeAll(async () => {
    writer = await freshStore(backend, Date.now);
    server = backend === 'postgres' ? await writer.another() : writer;
    for (const store of new Set([writer, server])) apps.push(await buildApp({ context: (p) => store.context(p) }));
    base = await apps.at(-1)!.listen({ host: '127.0.0.1', port: 0 });
    const system = writer.context(SYSTEM);
    tokens.admin = (await issueToken(system, { role: 'admin', label: 'admin' })).token;
    await call(apps[0]!, 'admin', 'POST', '/contracts', { source: contract });
    for (const id of ['alpha', 'beta']) {
      await call(apps[0]!, 'admin', 'POST', '/customers', { id, name: id });
      await call(apps[0]!, 'admin', 'PUT', `/customers/${id}/contracts/plain`, {});
      tokens[id] = (await issueToken(system, { role: 'customer', customerId: id, label: id })).token;
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    // The other store first: the first one's close drops the database.
    for (const store of new Set([server, writer])) await store?.close();
  });

  it("pushes each recorded event and fired timer to staff, and to a contact only its own customer's", async () => {
    const staff = await listen(base, tokens.admin!);
    const beta = await listen(base, tokens.beta!);
    const open = (who: string, id: string, customerId: string) =>
      call(apps[0]!, who, 'POST', '/tickets', { id, customerId, contractId: 'plain', severity: 'S1' });
    expect((await open('alpha', 'A-1', 'alpha')).statusCode).toBe(201);
    expect((await open('beta', 'B-1', 'beta')).statusCode).toBe(201);
    expect(await staff.until(2)).toEqual([
      { ticketId: 'A-1', customerId: 'alpha', what: ['opened'], at: expect.any(String) },
      { ticketId: 'B-1', customerId: 'beta', what: ['opened'], at: expect.any(String) },
    ]);
    // beta heard B-1, announced after A-1: had it heard would be first.
    expect((await beta.until(1)).map((c) => c.ticketId)).toEqual(['B-1']);
    // Two hours on, the worker fires both first-response deadlines.
    await fireDueTimers(writer.context(SYSTEM, () => Date.now() + 2 * 3600_000));
    const fired = (await staff.until(4)).slice(2);
    expect(fired.map((c) => [c.ticketId, c.what]).sort()).toEqual([
      ['A-1', ['clock.breached']],
      ['B-1', ['clock.breached']],
    ]);
    await new Promise((r) => setTimeout(r, 50));
    expect(beta.heard.map((c) => `${c.ticketId} ${c.what.join()}`)).toEqual(['B-1 opened', 'B-1 clock.breached']);
    staff.close();
    beta.close();
  });

  it('refuses a stream without credentials', async () => {
    expect((await fetch(`${base}/events/stream`)).status).toBe(401);
  });
});
