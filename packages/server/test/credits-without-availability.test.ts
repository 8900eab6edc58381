import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { freshStore, type TestStore } from './databases.js';

// A contract measuring availability with credits, and a support-only one (clocks, no availability section): a
// customer with both, like the README's acme with Numonix IXCloud and SecurEnvoy.
const measured = `surety: 1
contract: { id: measured, title: Measured SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
availability: { sli: time, target: '99.9%', guarantee: true, outage: { min_impact: '10%', min_duration: 60s } }
credits: { form: fee_percent, tiers: [{ below: '99.9%', credit: 10 }], claim_window_days: 30 }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;
const supportOnly = `surety: 1
contract: { id: support-only, title: Support only, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

describe("a month's credits of a customer whose contracts do not all measure availability", () => {
  let store: TestStore;
  let app: Api;
  let admin = '';
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${admin}` } });
  beforeAll(async () => {
    store = await freshStore('sqlite', () => Date.parse('2026-07-10T12:00:00Z'));
    app = await buildApp({ context: (principal = SYSTEM) => store.context(principal) });
    admin = (await issueToken(store.context(), { role: 'admin', label: 'admin' })).token;
    for (const source of [measured, supportOnly])
      expect((await call('POST', '/contracts', { source })).statusCode).toBe(201);
    expect((await call('POST', '/customers', { id: 'acme', name: 'Acme' })).statusCode).toBe(201);
    for (const contract of ['measured', 'support-only'])
      expect((await call('PUT', `/customers/acme/contracts/${contract}`, {})).statusCode).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('reads the support-only contract as not measured, and closes the month', async () => {
    const owed = await call('GET', '/customers/acme/credits?period=2026-06');
    expect(owed.statusCode).toBe(200);
    const byContract = Object.fromEntries(
      (owed.json().credits as { contractId: string; outcome: string }[]).map((c) => [c.contractId, c.outcome]),
    );
    expect(byContract).toEqual({ measured: 'nothing owed', 'support-only': 'not measured' });
    const closed = await call('POST', '/customers/acme/credits/2026-06/close');
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toEqual(owed.json());
  });
});
