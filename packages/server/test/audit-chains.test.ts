import { afterEach, describe, expect, it } from 'vitest';
import { recordAudit, verifyAudit } from '../src/services/audit/log.js';
import type { ServiceContext } from '../src/services/core/service-context.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

describe.each(backends)('audit chains on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  afterEach(async () => {
    await store?.close();
  });

  /** 40 changes to 20 entities, one transaction each, some at the same time; returns the log's rows. */
  async function writeLog(): Promise<ServiceContext> {
    store = await freshStore(backend, () => Date.parse('2026-07-01T12:00:00Z'));
    const ctx = store.context();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        ctx.db.transaction().execute((trx) => recordAudit(trx, ctx, 'thing.changed', `thing:${i % 20}`, { i })),
      ),
    );
    return ctx;
  }
  const rows = () => store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();

  it('spreads writers over chains, each of which verifies', async () => {
    const ctx = await writeLog();
    const verification = await verifyAudit(ctx);
    expect(verification).toMatchObject({ entries: 40, ok: true });
    expect(verification.chains).toBeGreaterThan(1);
  });

  it('finds an entry removed from the middle of its chain', async () => {
    const ctx = await writeLog();
    const all = await rows();
    // An entry with a successor in the same chain.
    const victim = all.find((r) => all.some((s) => s.chain === r.chain && s.seq > r.seq))!;
    await store.db.deleteFrom('audit_log').where('seq', '=', victim.seq).execute();
    expect(await verifyAudit(ctx)).toMatchObject({
      ok: false,
      broken: { chain: victim.chain, reason: expect.stringContaining('removed') },
    });
  });

  it('finds an entry moved to another chain', async () => {
    const ctx = await writeLog();
    const last = (await rows()).at(-1)!;
    await store.db
      .updateTable('audit_log')
      .set({ chain: (last.chain + 1) % 16 })
      .where('seq', '=', last.seq)
      .execute();
    expect(await verifyAudit(ctx)).toMatchObject({ ok: false, broken: { seq: last.seq } });
  });
});
