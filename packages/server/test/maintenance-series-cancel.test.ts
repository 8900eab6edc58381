import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM, type Principal } from '../src/services/core/service-context.js';
import { fireDueMaintenanceStages, nextMaintenanceStage } from '../src/services/maintenance/stages.js';
import { confirmSubscription } from '../src/services/subscriptions/confirm.js';
import { subscribe } from '../src/services/subscriptions/subscribe.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const at = Date.parse;

describe.each(backends)('a whole maintenance series is cancelled at once on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = at('2026-07-01T09:00:00.000Z');
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM) => store.context(principal);
  const { call, ok } = apiClient(() => app, tokens);
  const outbox = async (kind: string) =>
    store.db
      .selectFrom('outbox_messages')
      .select(['recipient', 'text_body'])
      .where('kind', '=', kind)
      .orderBy('recipient')
      .execute();

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    tokens.agent = (await issueToken(context(), { role: 'agent', label: 'agent' })).token;
    await ok('admin', 'POST', '/services', { id: 'voice', name: 'Voice' });
    await ok('admin', 'POST', '/services/voice/components', { id: 'api', name: 'API' });
    await ok('admin', 'POST', '/customers', { id: 'acme', name: 'Acme' });
    await ok('admin', 'POST', '/customers/acme/contacts', { name: 'Sam', email: 'sme@acme.test', designated: true });
    tokens.acme = (await issueToken(context(), { role: 'customer', customerId: 'acme', label: 'Acme' })).token;
    await subscribe(context(), { email: 'reader@example.test', serviceId: 'voice', componentId: 'api' });
    const { token } = await store.db.selectFrom('subscriptions').select('token').executeTakeFirstOrThrow();
    await confirmSubscription(context(), token);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('cancels what has not begun, ends the occurrence under way now, tells everyone once, audits it', async () => {
    const series = await ok('agent', 'POST', '/maintenance', {
      serviceId: 'voice',
      componentId: 'api',
      start: '2026-07-05T10:00:00.000Z',
      end: '2026-07-05T12:00:00.000Z',
      reason: 'Weekly patching',
      repeat: { every: 'week', count: 4, zone: 'UTC' },
    });
    const ids = (series.occurrences as { id: string }[]).map((o) => o.id);
    // The first week is done; the second is under way when the provider stops the work.
    clock = at('2026-07-05T12:00:00.000Z');
    while ((await nextMaintenanceStage(context())) !== null && (await nextMaintenanceStage(context()))! <= clock)
      await fireDueMaintenanceStages(context());
    clock = at('2026-07-12T11:00:00.000Z');

    expect((await call('acme', 'POST', `/maintenance/series/${series.seriesId}/cancel`)).statusCode).toBe(403);
    const cancelled = await ok('agent', 'POST', `/maintenance/series/${series.seriesId}/cancel`);
    expect(cancelled.seriesId).toBe(series.seriesId);
    expect(
      (cancelled.occurrences as { id: string; status: string; end: string; cancelledAt: string | null }[]).map((o) => [
        o.id,
        o.status,
        o.end,
        o.cancelledAt,
      ]),
    ).toEqual([
      [ids[0], 'completed', '2026-07-05T12:00:00.000Z', null],
      [ids[1], 'completed', '2026-07-12T11:00:00.000Z', null],
      [ids[2], 'cancelled', '2026-07-19T12:00:00.000Z', '2026-07-12T11:00:00.000Z'],
      [ids[3], 'cancelled', '2026-07-26T12:00:00.000Z', '2026-07-12T11:00:00.000Z'],
    ]);
    expect((await ok('agent', 'GET', `/maintenance/${ids[2]}`)).status).toBe('cancelled');

    // One message for the series to each recipient, not one per occurrence.
    const told = await outbox('maintenance.series_cancelled');
    expect(told.map((m) => m.recipient)).toEqual(['reader@example.test', 'sme@acme.test']);
    expect(told[0]!.text_body).toContain('The maintenance under way ended at 2026-07-12T11:00:00.000Z (UTC).');
    expect(told[0]!.text_body).toContain(
      'These 2 windows will not take place (UTC): 2026-07-19T10:00:00.000Z to 2026-07-19T12:00:00.000Z; 2026-07-26T10:00:00.000Z to 2026-07-26T12:00:00.000Z.',
    );
    // Nothing more is told of the series: no end of the second week, no reminders or starts of the others.
    expect(await nextMaintenanceStage(context())).toBeNull();
    clock = at('2026-08-01T00:00:00.000Z');
    expect(await fireDueMaintenanceStages(context())).toEqual([]);

    const audit = await store.db
      .selectFrom('audit_log')
      .select(['actor', 'entity', 'detail'])
      .where('action', '=', 'maintenance.series_cancelled')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entity).toBe(`maintenance_series:${series.seriesId}`);
    expect(JSON.parse(audit[0]!.detail)).toEqual({
      customer: null,
      cancelled: [ids[2], ids[3]],
      ended: { id: ids[1], plannedEnd: at('2026-07-12T12:00:00.000Z'), endedAt: at('2026-07-12T11:00:00.000Z') },
    });

    // Again: nothing is left to cancel.
    const again = await call('agent', 'POST', `/maintenance/series/${series.seriesId}/cancel`);
    expect([again.statusCode, again.json().code]).toEqual([409, 'conflict']);
  });

  it('an unknown series is 404 not_found from the error catalog', async () => {
    const r = await call('agent', 'POST', '/maintenance/series/no-such-series/cancel');
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json()).toMatchObject({ code: 'not_found', detail: 'no maintenance series no-such-series' });
  });
});
