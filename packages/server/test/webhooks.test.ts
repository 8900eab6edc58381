import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { fireDueTimers } from '../src/services/clocks/fire-due-timers.js';
import { SYSTEM, type Principal } from '../src/services/core/service-context.js';
import { deliverDueWebhooks } from '../src/services/webhooks/deliver.js';
import { webhookPoster } from '../src/worker/webhook-poster.js';
import { freshStore, type TestStore } from './databases.js';

// These tests' receivers listen on loopback, which webhooks may reach only when the operator allows it.
process.env.SURETY_WEBHOOK_ALLOW_PRIVATE = '1';

// A 24x7 contract with a 10-minute first response and no warnings: one breach to deliver.
const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 10m } } } } }
`;
const T0 = Date.parse('2026-07-01T12:00:00.000Z');

describe('webhooks: signed, retried with backoff, a stable id per delivery', () => {
  let store: TestStore;
  let app: Api;
  let receiver: Server;
  let clock = T0;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const context = (principal: Principal = SYSTEM) => store.context(principal);
  let admin = '';
  let secret = '';
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });

  beforeAll(async () => {
    store = await freshStore('sqlite', () => clock);
    app = await buildApp({ context });
    admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    // A real receiver on loopback: it fails the first delivery and accepts the next.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = received.length === 1 ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    secret = (await call('POST', '/webhooks', { url })).json().secret;
    await call('POST', '/customers', { id: 'acme', name: 'Acme' });
    await call('POST', '/contracts', { source: contract });
    await call('PUT', '/customers/acme/contracts/quick', {});
    await call('POST', '/tickets', { id: 'T-1', customerId: 'acme', contractId: 'quick', severity: 'S1' });
  });
  afterAll(async () => {
    await app?.close();
    receiver?.close();
    await store?.close();
  });

  it('delivers the breach, retries after a failure with the same id, and signs every attempt', async () => {
    clock = T0 + 11 * 60_000;
    expect((await fireDueTimers(context())).map((f) => f.change)).toEqual(['breached']);
    const first = await deliverDueWebhooks(context(), webhookPoster());
    expect(first).toMatchObject([{ attempt: 1, status: 500, delivered: false }]);
    // Not due again until the first backoff (10 s) has passed.
    expect(await deliverDueWebhooks(context(), webhookPoster())).toEqual([]);
    clock += 10_000;
    expect(await deliverDueWebhooks(context(), webhookPoster())).toMatchObject([
      { attempt: 2, status: 204, delivered: true },
    ]);
    expect(received).toHaveLength(2);
    const [a, b] = received;
    expect(a!.headers['surety-delivery']).toBe(b!.headers['surety-delivery']);
    expect(JSON.parse(b!.body)).toMatchObject({
      type: 'clock.breached',
      data: { ticket: 'T-1', clock: 'first_response#1', dueAt: '2026-07-01T12:10:00.000Z' },
    });
    for (const r of received) {
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(r.headers['surety-signature']))!;
      expect(createHmac('sha256', secret).update(`${t}.${r.body}`).digest('hex')).toBe(v1);
    }
  });

  it('shows every delivery with its attempts', async () => {
    const { items, next } = (await call('GET', '/webhooks/deliveries')).json();
    expect([items.length, next]).toEqual([1, null]);
    expect(items[0]).toMatchObject({ event: 'clock.breached', state: 'delivered', nextAttemptAt: null });
    expect(items[0].attempts.map((a: { status: number }) => a.status)).toEqual([500, 204]);
  });
});
