import { createService } from '../catalog/create-service.js';
import { addComponent } from '../catalog/add-component.js';
import { findMonitor } from '../../storage/repositories/monitor-repository.js';
import type { ServiceContext } from '../core/service-context.js';
import { createMonitor } from './create.js';
import type { MonitorConfig } from './monitor-config.js';
import { setAvailabilitySource } from './availability-source.js';

/**
 * Demo monitors of targets the server itself answers (api/demo-target-routes.ts), measured from `local` every
 * 30 s once `npm start` runs: a steady page, a flaky one that fails two minutes in every twenty, and the server's
 * TCP port. A demo customer's contract takes both sources, so its report shows the measured outages.
 */
export async function addDemoMonitors(
  ctx: ServiceContext,
  serverUrl: string,
  customer?: { customerId: string; contractId: string },
): Promise<string[]> {
  if (await findMonitor(ctx.db, 'demo-home')) return [];
  const url = new URL(serverUrl);
  await createService(ctx, { id: 'demo-site', name: 'Demo site', description: 'targets served by Surety itself' });
  await addComponent(ctx, 'demo-site', { id: 'web', name: 'Web' });
  await addComponent(ctx, 'demo-site', { id: 'edge', name: 'Edge' });
  const http = (path: string, keyword: string): MonitorConfig => ({
    type: 'http',
    url: new URL(path, url).toString(),
    method: 'GET',
    headers: {},
    keyword,
    json: [],
    followRedirects: true,
    maxRedirects: 5,
    timeoutMs: 5_000,
    ignoreTlsErrors: false,
    certificateWarnDays: 14,
  });
  const monitors = [
    { id: 'demo-home', componentId: 'web', name: 'Home page', config: http('/demo-targets/steady', 'ok') },
    { id: 'demo-checkout', componentId: 'web', name: 'Checkout (flaky)', config: http('/demo-targets/flaky', 'ok') },
    {
      id: 'demo-port',
      componentId: 'edge',
      name: 'Server port',
      config: { type: 'tcp', host: url.hostname, port: Number(url.port || 80), timeoutMs: 5_000 } as MonitorConfig,
    },
  ];
  for (const m of monitors) await createMonitor(ctx, { ...m, serviceId: 'demo-site', intervalSeconds: 30 });
  if (customer)
    await setAvailabilitySource(ctx, customer.customerId, customer.contractId, {
      rules: 'both',
      components: [{ serviceId: 'demo-site', componentId: null }],
    });
  return monitors.map((m) => m.id);
}
