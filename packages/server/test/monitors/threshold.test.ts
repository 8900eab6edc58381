import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../../src/api/app.js';
import { SYSTEM, type Principal, type ServiceContext } from '../../src/services/core/service-context.js';
import type { ProbeConfig } from '../../src/services/monitors/monitor-config.js';
import { issueToken } from '../../src/services/tokens/api-tokens.js';
import { runCheck } from '../../src/worker/checks/probe-checks.js';
import { apiClient } from '../api-client.js';
import { backends, freshStore, skipped, type TestStore } from '../databases.js';
import { uptimeContract } from './uptime-contract.js';
import { httpTarget, type HttpTarget } from './targets.js';

const at = Date.parse;
const iso = (t: number) => new Date(t).toISOString();

// A real HTTP target on 127.0.0.1 flapping right at TechJutsu's outage threshold, measured by real checks and read
// back through each customer's availability report: 1 failing location of 10 is 10% (an outage), 1 of 11 is not;
// 60 s down is an outage, 59 s is not.
describe.each(backends)('a target flapping at the outage threshold on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let target: HttpTarget;
  let clock = at('2026-06-01T00:00:00Z');
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { ok } = apiClient(() => app, tokens);

  /** The real check of the target as `location` sees it at `t` (failing or not), pushed as that location's sample. */
  const check = async (monitorId: string, location: string, t: number, failing: boolean) => {
    target.failing = failing;
    const config = (await ok('admin', 'GET', `/monitors/${monitorId}`)).config as ProbeConfig;
    const result = await runCheck(config, Date.now);
    target.failing = false;
    expect(result.ok).toBe(!failing);
    await ok('agent', 'POST', `/probes/${location}/samples`, { samples: [{ monitorId, t: iso(t), ...result }] });
  };
  /** A monitor of its own component, covered by its own customer's contract. */
  const monitored = async (id: string, locations: string[]) => {
    await ok('admin', 'POST', '/services/api/components', { id, name: id });
    await ok('admin', 'POST', '/monitors', {
      id,
      serviceId: 'api',
      componentId: id,
      name: id,
      config: { type: 'http', url: `${target.url}/health`, timeoutMs: 2_000 },
      intervalSeconds: 30,
      locations,
    });
    await ok('admin', 'POST', '/customers', { id, name: id });
    await ok('admin', 'PUT', `/customers/${id}/contracts/uptime`, {});
    await ok('admin', 'PUT', `/customers/${id}/contracts/uptime/availability-source`, {
      rules: 'monitors',
      components: [{ serviceId: 'api', componentId: id }],
    });
  };
  const counted = async (customer: string) =>
    (await ok('admin', 'GET', `/customers/${customer}/availability?contractId=uptime&period=2026-06`)).time.counted;

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    target = await httpTarget();
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'probe' })).token;
    await ok('admin', 'POST', '/services', { id: 'api', name: 'API' });
    await ok('admin', 'POST', '/contracts', { source: uptimeContract });
  });
  afterAll(async () => {
    await target?.close();
    await app?.close();
    await store?.close();
  });

  it('1 of 10 locations failing is an outage at 10%; 1 of 11 is not', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `l${i + 1}`);
    const eleven = [...ten, 'l11'];
    await monitored('ten', ten);
    await monitored('eleven', eleven);
    // 10:00–10:05 location l1 sees the target fail at every slot; every other location sees it pass.
    for (let t = at('2026-06-02T10:00:00Z'); t <= at('2026-06-02T10:05:00Z'); t += 30_000)
      for (const [id, locations] of [
        ['ten', ten],
        ['eleven', eleven],
      ] as const)
        for (const location of locations)
          await check(id, location, t, location === 'l1' && t < at('2026-06-02T10:05:00Z'));
    clock = at('2026-06-02T11:00:00Z');
    expect(await counted('ten')).toEqual([{ start: '2026-06-02T10:00:00.000Z', end: '2026-06-02T10:05:00.000Z' }]);
    expect(await counted('eleven')).toEqual([]);
  });

  it('60 s down is an outage; 59 s is not', async () => {
    await monitored('long', ['eu']);
    await monitored('short', ['eu']);
    await check('long', 'eu', at('2026-06-03T10:00:00Z'), true);
    await check('long', 'eu', at('2026-06-03T10:01:00Z'), false);
    await check('short', 'eu', at('2026-06-03T10:00:00Z'), true);
    await check('short', 'eu', at('2026-06-03T10:00:59Z'), false);
    clock = at('2026-06-03T11:00:00Z');
    expect(await counted('long')).toEqual([{ start: '2026-06-03T10:00:00.000Z', end: '2026-06-03T10:01:00.000Z' }]);
    expect(await counted('short')).toEqual([]);
  });
});
