import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/api-tokens.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/service-context.js';
import type { Database } from '../src/storage/database.js';
import { freshDatabase } from './databases.js';

describe('Idempotency-Key', () => {
  let store: Database;
  let app: Api;
  let admin = '';
  const context = (principal: Principal = SYSTEM): ServiceContext => ({
    db: store.db,
    principal,
    now: () => Date.parse('2026-07-01T12:00:00Z'),
  });
  const post = (payload: object, key?: string) =>
    app.inject({
      method: 'POST',
      url: '/customers',
      payload,
      headers: { authorization: `Bearer ${admin}`, ...(key ? { 'idempotency-key': key } : {}) },
    });
  beforeAll(async () => {
    store = await freshDatabase('sqlite');
    app = await buildApp({ context });
    admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('a retried write gets the first response back and writes nothing twice', async () => {
    const first = await post({ id: 'acme', name: 'Acme' }, 'k-1');
    const retry = await post({ id: 'acme', name: 'Acme' }, 'k-1');
    expect(first.statusCode).toBe(201);
    expect([retry.statusCode, retry.body, retry.headers['idempotent-replayed']]).toEqual([201, first.body, 'true']);
    // Without the key the same write is a second attempt, and the customer exists.
    expect((await post({ id: 'acme', name: 'Acme' })).statusCode).toBe(409);
  });

  it('the same key with a different request is refused', async () => {
    const r = await post({ id: 'other', name: 'Other' }, 'k-1');
    expect([r.statusCode, r.json().detail]).toEqual([409, 'this Idempotency-Key was used for a different request']);
  });
});
