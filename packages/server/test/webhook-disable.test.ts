import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { fireDueTimers } from '../src/services/clocks/fire-due-timers.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { deliverDueWebhooks } from '../src/services/webhooks/deliver.js';
import { webhookPoster } from '../src/worker/webhook-poster.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

// These tests' receivers listen on loopback, which webhooks may reach only when the operator allows it.
process.env.SURETY_WEBHOOK_ALLOW_PRIVATE = '1';

// A 10-minute first response with no warnings: each request opened breaches once.
const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 10m } } } } }
`;
const T0 = Date.parse('2026-07-01T12:00:00.000Z');

describe.each(backends)('disabling a webhook on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let receiver: Server;
  let clock = T0;
  const tokens: Record<string, string> = {};
  /** Requests received per path: /failing always answers 500, /working 204. */
  const received: Record<string, number> = {};
  const endpoints: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  const breach = async (ticket: string) => {
    await ok('admin', 'POST', '/tickets', { id: ticket, customerId: 'acme', contractId: 'quick', severity: 'S1' });
    clock += 11 * 60_000;
    expect((await fireDueTimers(context())).map((f) => f.change)).toEqual(['breached']);
  };
  const deliveries = async () =>
    (await ok('admin', 'GET', '/webhooks/deliveries')).items as {
      endpoint: string;
      state: string;
      attempts: { status: number }[];
      nextAttemptAt: string | null;
    }[];

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.auditor = (await issueToken(context(), { role: 'auditor', label: 'auditor' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'agent' })).token;
    receiver = createServer((req, res) => {
      received[req.url!] = (received[req.url!] ?? 0) + 1;
      req.resume();
      req.on('end', () => {
        res.statusCode = req.url === '/failing' ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    for (const name of ['failing', 'working'])
      endpoints[name] = (await ok('admin', 'POST', '/webhooks', { url: `${base}/${name}` })).id;
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('admin', 'POST', '/contracts', { source: contract });
    await ok('admin', 'PUT', '/customers/acme/contracts/quick', {});
  });
  afterAll(async () => {
    await app?.close();
    receiver?.close();
    await store?.close();
  });

  it('queues nothing more to a disabled endpoint, stops its retries, and keeps its deliveries', async () => {
    await breach('T-1');
    await deliverDueWebhooks(context(), webhookPoster());
    expect(received).toEqual({ '/failing': 1, '/working': 1 });
    expect((await call('agent', 'DELETE', `/webhooks/${endpoints.failing}`)).statusCode).toBe(403);
    await ok('admin', 'DELETE', `/webhooks/${endpoints.failing}`);
    expect((await deliveries()).find((d) => d.endpoint === endpoints.failing)).toMatchObject({
      state: 'stopped',
      nextAttemptAt: null,
    });
    // Its retry was due in 10 s; it is not made.
    clock += 60_000;
    expect(await deliverDueWebhooks(context(), webhookPoster())).toEqual([]);
    await breach('T-2');
    await deliverDueWebhooks(context(), webhookPoster());
    expect(received).toEqual({ '/failing': 1, '/working': 2 });
    const list = await deliveries();
    expect(list.filter((d) => d.endpoint === endpoints.failing)).toEqual([
      expect.objectContaining({ state: 'stopped', attempts: [expect.objectContaining({ status: 500 })] }),
    ]);
    expect(list.filter((d) => d.endpoint === endpoints.working).map((d) => d.state)).toEqual([
      'delivered',
      'delivered',
    ]);
    expect((await call('admin', 'DELETE', `/webhooks/${endpoints.failing}`)).statusCode).toBe(404);
    const log = await ok('auditor', 'GET', `/audit?entity=webhook:${endpoints.failing}&action=webhook.disabled`);
    expect(log.items.map((e: { detail: object }) => e.detail)).toEqual([{ stoppedDeliveries: 1 }]);
  });

  it('does not send a retry an overlapping attempt scheduled after the endpoint was disabled', async () => {
    // As if an attempt that began before the disabling recorded its failure and scheduled a retry after it.
    await store.db
      .updateTable('webhook_deliveries')
      .set({ next_attempt_at: clock })
      .where('endpoint_id', '=', endpoints.failing!)
      .execute();
    expect(await deliverDueWebhooks(context(), webhookPoster())).toEqual([]);
    expect(received['/failing']).toBe(1);
    expect((await deliveries()).find((d) => d.endpoint === endpoints.failing)).toMatchObject({
      state: 'stopped',
      nextAttemptAt: null,
    });
  });

  it('lists endpoints with when they were disabled, never their secrets', async () => {
    const { items, next } = await ok('auditor', 'GET', '/webhooks');
    expect(next).toBeNull();
    const byId = Object.fromEntries(items.map((w: { id: string }) => [w.id, w]));
    expect(byId[endpoints.failing!]).toEqual({
      id: endpoints.failing,
      url: expect.stringMatching(/\/failing$/),
      createdAt: '2026-07-01T12:00:00.000Z',
      disabledAt: '2026-07-01T12:11:00.000Z',
    });
    expect(byId[endpoints.working!].disabledAt).toBeNull();
    expect(JSON.stringify(items)).not.toContain('whsec_');
  });
});
