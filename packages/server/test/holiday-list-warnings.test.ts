// Invoca Exhibit B §1 counts Business Hours "excluding holidays as published by Invoca"; the contract ships Invoca's
// 2026 list, which ends Thursday 31 December 2026. Past that date the calendar knows no holidays, so the server tells
// its admins a configurable number of days ahead.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { warnOfEndingHolidayLists } from '../src/services/calendars/list-end-warnings.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { openStore } from '../src/services/core/store.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { insertUser } from '../src/storage/repositories/user-repository.js';
import { startHolidayListWatch } from '../src/worker/holiday-list-watch.js';
import { apiClient } from './api-client.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contracts = fileURLToPath(new URL('../../../contracts/', import.meta.url));
const read = (file: string) => readFileSync(`${contracts}${file}`, 'utf8');
const DAY = 86_400_000;
/** 2026-12-31 is 77 days after 2026-10-15 and 121 days after 2026-09-01. */
const OCT_15 = Date.parse('2026-10-15T09:00:00Z');
const SEP_1 = Date.parse('2026-09-01T09:00:00Z');

const user = (id: string, role: 'admin' | 'agent', disabledAt: number | null = null) => ({
  id,
  email: `${id}@provider.example`,
  name: id,
  password_hash: 'not used: these people never sign in here',
  role,
  customer_id: null,
  created_at: 0,
  disabled_at: disabledAt,
});

describe.each(backends)('warnings before a holiday list runs out, on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let clock = SEP_1;
  const tokens: Record<string, string> = {};
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const { ok } = apiClient(() => app, tokens);
  const outbox = () =>
    store.db
      .selectFrom('outbox_messages')
      .select(['kind', 'recipient', 'subject', 'text_body'])
      .where('kind', '=', 'holiday_list.ending')
      .orderBy('created_at')
      .orderBy('recipient')
      .execute();

  beforeAll(async () => {
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    tokens.admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await ok('admin', 'POST', '/contracts', { source: read('invoca.yaml') });
    for (const u of [user('ada', 'admin'), user('bob', 'admin', 1), user('cy', 'agent'), user('dee', 'admin')])
      await insertUser(store.db, u);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('says nothing while the list reaches past the warning period', async () => {
    expect(await warnOfEndingHolidayLists(context(), 90)).toEqual([]);
    expect(await outbox()).toEqual([]);
  });

  it('emails each enabled admin once when the list enters the period, however often it looks', async () => {
    clock = OCT_15;
    const warned = await warnOfEndingHolidayLists(context(), 90);
    expect(warned.map((l) => [l.contractId, l.list, l.through])).toEqual([
      ['invoca-exhibit-b', 'invoca-holidays', '2026-12-31'],
    ]);
    await warnOfEndingHolidayLists(context(), 90);
    clock = OCT_15 + DAY;
    await warnOfEndingHolidayLists(context(), 90);
    const sent = await outbox();
    expect(sent.map((m) => m.recipient)).toEqual(['ada@provider.example', 'dee@provider.example']);
    expect(sent[0]!.subject).toBe('Holiday list invoca-holidays of invoca-exhibit-b ends 2026-12-31');
    expect(sent[0]!.text_body).toContain("In force: the contract's initial copy. Calendars using it: business-hours.");
    expect(sent[0]!.text_body).toContain('/app/contracts/invoca-exhibit-b');
    // A shorter period configured: 77 days left is not yet within 60.
    expect(await warnOfEndingHolidayLists(context(), 60)).toEqual([]);
  });

  it('is quiet once the next list is published, and warns again when that one nears its end', async () => {
    await ok('admin', 'PUT', '/calendars/invoca-exhibit-b/invoca-holidays', {
      dates: [
        { date: '2027-01-01', name: "New Year's Day" },
        { date: '2027-11-25', name: 'Thanksgiving' },
        { date: '2027-12-24', name: 'Christmas Eve' },
      ],
      through: '2027-12-31',
    });
    expect(await warnOfEndingHolidayLists(context(), 90)).toEqual([]);
    clock = OCT_15 + 365 * DAY; // 2027-10-15
    expect((await warnOfEndingHolidayLists(context(), 90)).map((l) => [l.version, l.through])).toEqual([
      [1, '2027-12-31'],
    ]);
    expect((await outbox()).map((m) => m.subject)).toEqual([
      'Holiday list invoca-holidays of invoca-exhibit-b ends 2026-12-31',
      'Holiday list invoca-holidays of invoca-exhibit-b ends 2026-12-31',
      'Holiday list invoca-holidays of invoca-exhibit-b ends 2027-12-31',
      'Holiday list invoca-holidays of invoca-exhibit-b ends 2027-12-31',
    ]);
  });
});

describe('the server watches its holiday lists', () => {
  const dir = mkdtempSync(join(tmpdir(), 'surety-lists-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('looks on start and tells the admins of a list that ends within the configured days', async () => {
    const store = await openStore(join(dir, 'surety.db'));
    const system = store.context(SYSTEM, () => OCT_15);
    const app = await buildApp({ context: (p) => store.context(p, () => OCT_15) });
    try {
      const token = (await issueToken(system, { role: 'admin', label: 'admin' })).token;
      const published = await app.inject({
        method: 'POST',
        url: '/contracts',
        headers: { authorization: `Bearer ${token}` },
        payload: { source: read('invoca.yaml') },
      });
      expect(published.statusCode).toBe(201);
      await insertUser(system.db, user('ada', 'admin'));
      // The watch reads the store's real clock; the list ends 2026-12-31, so a period reaching past it warns.
      const days = Math.ceil((Date.parse('2027-01-01T00:00:00Z') - Date.now()) / DAY) + 1;
      const warned = await new Promise<string[]>((resolve, reject) => {
        const watch = startHolidayListWatch(
          store,
          { warnWithinDays: Math.max(days, 1) },
          {
            warned: (lists) => void watch.stop().then(() => resolve(lists.map((l) => l.list))),
            error: reject,
          },
        );
      });
      expect(warned).toEqual(['invoca-holidays']);
      const rows = await system.db.selectFrom('outbox_messages').select(['recipient', 'kind']).execute();
      expect(rows).toEqual([{ recipient: 'ada@provider.example', kind: 'holiday_list.ending' }]);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
