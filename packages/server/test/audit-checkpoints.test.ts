import { createHash, generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { auditKeyFromPem, writeAuditCheckpoint, type AuditKey } from '../src/services/audit/checkpoints.js';
import { recordAudit, verifyAudit } from '../src/services/audit/log.js';
import type { ServiceContext } from '../src/services/core/service-context.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

/** Each tamper case is what someone with write access to the database, but not to the audit key, can do. */
describe.each(backends)('audit checkpoints on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  afterEach(async () => {
    await store?.close();
  });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const key: AuditKey = auditKeyFromPem(pem);
  const publicOnly = { publicKey: key.publicKey };

  /** 40 changes to 20 entities, then a signed checkpoint. */
  async function writeLog(): Promise<ServiceContext> {
    store = await freshStore(backend, () => Date.parse('2026-07-01T12:00:00Z'));
    const ctx = store.context();
    for (let i = 0; i < 40; i++) {
      await ctx.db.transaction().execute((trx) => recordAudit(trx, ctx, 'thing.changed', `thing:${i % 20}`, { i }));
    }
    await writeAuditCheckpoint(ctx, key);
    return ctx;
  }
  const rows = () => store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();

  it('an untouched log holds against its checkpoint', async () => {
    const ctx = await writeLog();
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({ ok: true, entries: 40, checkpoints: 1 });
    expect((await verifyAudit(ctx, publicOnly)).caveat).toBeUndefined();
  });

  it('finds the newest entry of a chain deleted', async () => {
    const ctx = await writeLog();
    const last = (await rows()).at(-1)!;
    await store.db.deleteFrom('audit_log').where('seq', '=', last.seq).execute();
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({
      ok: false,
      broken: { chain: last.chain, reason: expect.stringContaining('entries were removed from its end') },
    });
  });

  it('finds every entry deleted (the hash chains alone say "intact, 0 entries")', async () => {
    const ctx = await writeLog();
    await store.db.deleteFrom('audit_log').execute();
    expect(await verifyAudit(ctx)).toMatchObject({ ok: true, entries: 0 });
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({ ok: false, entries: 0 });
  });

  it('finds two chains swapped (their entries relabelled with each other’s chain numbers)', async () => {
    const ctx = await writeLog();
    const [a, b] = [...new Set((await rows()).map((r) => r.chain))];
    await store.db.updateTable('audit_log').set({ chain: -1 }).where('chain', '=', a!).execute();
    await store.db.updateTable('audit_log').set({ chain: a! }).where('chain', '=', b!).execute();
    await store.db.updateTable('audit_log').set({ chain: b! }).where('chain', '=', -1).execute();
    expect(await verifyAudit(ctx)).toMatchObject({ ok: true });
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({ ok: false });
  });

  it('finds an entry rewritten with every later hash in its chain recomputed', async () => {
    const ctx = await writeLog();
    const all = await rows();
    const victim = all.find((r) => all.some((s) => s.chain === r.chain && s.seq > r.seq))!;
    let prev = victim.prev_hash;
    for (const r of all.filter((r) => r.chain === victim.chain && r.seq >= victim.seq)) {
      const detail = r.seq === victim.seq ? JSON.stringify({ i: 'nothing happened' }) : r.detail;
      const hash = createHash('sha256')
        .update(JSON.stringify([prev, r.at, r.actor, r.action, r.entity, detail]))
        .digest('hex');
      await store.db.updateTable('audit_log').set({ detail, prev_hash: prev, hash }).where('seq', '=', r.seq).execute();
      prev = hash;
    }
    expect(await verifyAudit(ctx)).toMatchObject({ ok: true });
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({
      ok: false,
      broken: { chain: victim.chain, reason: expect.stringContaining('history was rewritten') },
    });
  });

  it('finds a checkpoint edited, one removed from the middle, and the newest removed', async () => {
    const ctx = await writeLog();
    const second = await writeAuditCheckpoint(ctx, key);
    await writeAuditCheckpoint(ctx, key);
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({ ok: true, checkpoints: 3 });

    await store.db.deleteFrom('audit_checkpoints').where('number', '=', 3).execute();
    expect(await verifyAudit(ctx, { ...publicOnly, newestKnown: { ...second, number: 3 } })).toMatchObject({
      ok: false,
      broken: { reason: expect.stringContaining('checkpoints were removed') },
    });

    await store.db.deleteFrom('audit_checkpoints').where('number', '=', 1).execute();
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({
      ok: false,
      broken: { reason: 'checkpoint 2: expected checkpoint 1 here: a checkpoint before it was removed' },
    });

    await store.db
      .updateTable('audit_checkpoints')
      .set({ body: second.body.replace(/"length":\d+/, '"length":1') })
      .where('number', '=', 2)
      .execute();
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({
      ok: false,
      broken: { reason: expect.stringContaining('its signature does not match') },
    });
  });

  it('without checkpoints says what it cannot show', async () => {
    store = await freshStore(backend, () => 0);
    const ctx = store.context();
    expect(await verifyAudit(ctx, publicOnly)).toMatchObject({
      ok: true,
      caveat: 'no signed checkpoint yet: entries removed from the end of a chain would not show',
    });
  });
});
