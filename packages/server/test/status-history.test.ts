import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../src/services/core/service-context.js';
import { openIncident, updateIncident } from '../src/services/incidents/post-update.js';
import { statusPage } from '../src/services/status/status-page.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const at = Date.parse;
const DAY = 86_400_000;

/**
 * The status page's history: the incidents resolved in its 90 days, by the UTC month they opened in, newest month
 * first, each month's count and its latest 20 as lines (newest first). Read in two statements; an incident open for
 * weeks that opened before the 90 days' first month still counts in the month it opened.
 */
describe.each(backends)('status page history on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  const ctx = (now: number): ServiceContext => ({ ...store.context(), now: () => now });
  const incident = async (title: string, opened: number, resolved: number | null) => {
    const i = await openIncident(ctx(opened), {
      title,
      kind: 'incident',
      status: 'investigating',
      text: 'Looking.',
      fraction: 0,
      components: [],
    });
    if (resolved !== null)
      await updateIncident(ctx(resolved), i.id, { status: 'resolved', text: 'Fixed.', fraction: 0, components: [] });
  };

  beforeAll(async () => {
    store = await freshStore(backend, () => at('2026-07-20T12:00:00Z'));
    // Long-running: opened 1 Mar 2026, resolved 10 Jun 2026, inside the 90 days before 20 Jul 2026 (from 22 Apr).
    await incident('Long one', at('2026-03-01T10:00:00Z'), at('2026-06-10T10:00:00Z'));
    // Resolved before the 90 days began: not in the history.
    await incident('Old one', at('2026-04-01T10:00:00Z'), at('2026-04-01T11:00:00Z'));
    // 25 in May, one a day from 1 May at 08:00; resolved an hour later.
    for (let d = 0; d < 25; d++) {
      const t = at('2026-05-01T08:00:00Z') + d * DAY;
      await incident(`May ${d + 1}`, t, t + 3_600_000);
    }
    await incident('July one', at('2026-07-02T08:00:00Z'), at('2026-07-02T09:00:00Z'));
    // Still open: shown as ongoing, not in the history.
    await incident('Open one', at('2026-07-19T08:00:00Z'), null);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('counts by month, newest first, 20 lines a month newest first, an early opening in its own month', async () => {
    const page = await statusPage(ctx(at('2026-07-20T12:00:00Z')));
    expect(page.history.map((h) => [h.month, h.count])).toEqual([
      ['2026-07', 1],
      ['2026-05', 25],
      ['2026-03', 1],
    ]);
    const may = page.history[1]!.incidents;
    expect(may.map((l) => l.title)).toEqual(Array.from({ length: 20 }, (_, i) => `May ${25 - i}`));
    expect(may[0]!.openedAt).toBe('2026-05-25T08:00:00.000Z');
    expect(page.history[2]!.incidents.map((l) => l.title)).toEqual(['Long one']);
    expect(page.ongoing.map((i) => i.title)).toEqual(['Open one']);
  });
});
