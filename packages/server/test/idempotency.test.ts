import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { idempotentRequest } from '../src/services/core/idempotency.js';
import {
  IDEMPOTENCY_RETENTION_MS,
  nextIdempotencyExpiryAt,
  purgeExpiredIdempotencyKeys,
} from '../src/services/core/idempotency-retention.js';
import { SYSTEM, type Principal, type ServiceContext } from '../src/services/core/service-context.js';
import { writeTransaction } from '../src/services/core/write-transaction.js';
import { backends, freshStore, skipped, type TestStore } from './databases.js';

const contract = `surety: 1
contract: { id: quick, title: Quick, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
`;

describe.each(backends)('Idempotency-Key on %s', (backend) => {
  if (skipped(backend)) return void it.skip(`${backend} (SURETY_TEST_POSTGRES=off)`, () => {});
  let store: TestStore;
  let app: Api;
  let admin = '';
  const T0 = Date.parse('2026-07-01T12:00:00.000Z');
  let clock = T0;
  const context = (principal: Principal = SYSTEM): ServiceContext => store.context(principal);
  const call = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, key?: string) =>
    app.inject({
      method,
      url,
      payload,
      headers: { authorization: `Bearer ${admin}`, ...(key ? { 'idempotency-key': key } : {}) },
    });
  const post = (payload: object, key?: string) => call('POST', '/customers', payload, key);
  const keyRows = (key: string) => store.db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).execute();

  beforeAll(async () => {
    // As the server runs them: on SQLite, writes that arrive together share a transaction (group commit).
    store = await freshStore(backend, () => clock);
    app = await buildApp({ context });
    admin = (await issueToken(context(), { role: 'admin', label: 'admin' })).token;
    await post({ id: 'shop', name: 'Shop' });
    await call('POST', '/contracts', { source: contract });
    await call('PUT', '/customers/shop/contracts/quick', {});
    await call('POST', '/tickets', { id: 'T', customerId: 'shop', contractId: 'quick', severity: 'S1' });
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

  it('never keeps a secret shown once: a retried token issue is refused, naming the token, and issues no second', async () => {
    const issue = () => call('POST', '/tokens', { role: 'agent', label: 'desk' }, 'k-token');
    const first = await issue();
    expect(first.statusCode).toBe(201);
    const { id, token } = first.json();
    const [row] = await keyRows('k-token');
    expect(row!.body).not.toContain(token);
    expect(JSON.parse(row!.body)).toMatchObject({ id, role: 'agent', label: 'desk' });
    expect(JSON.parse(row!.body)).not.toHaveProperty('token');
    const retry = await issue();
    expect([retry.statusCode, retry.json().code]).toEqual([409, 'conflict']);
    expect(retry.json().detail).toContain(id);
    expect(retry.body).not.toContain(token);
    const agents = await store.db.selectFrom('api_tokens').select('id').where('label', '=', 'desk').execute();
    expect(agents).toEqual([{ id }]);
  });

  it('the same key with a different request is refused', async () => {
    const r = await post({ id: 'other', name: 'Other' }, 'k-1');
    expect([r.statusCode, r.json().detail, r.json().code]).toEqual([
      409,
      'this Idempotency-Key was used for a different request',
      'idempotency_key_reused',
    ]);
  });

  it('simultaneous requests with one key write once, and each is answered with the first response', async () => {
    const events = () => store.db.selectFrom('ticket_events').select('seq').where('ticket_id', '=', 'T').execute();
    const before = (await events()).length;
    const replies = await Promise.all(
      Array.from({ length: 12 }, () =>
        call('POST', '/tickets/T/events', { type: 'replied', author: 'agent', public: true }, 'reply-1'),
      ),
    );
    expect((await events()).length).toBe(before + 1);
    const first = replies.find((r) => r.headers['idempotent-replayed'] === undefined)!;
    // Replayed through the route's serializer: the service's own fields the route leaves out (nextDueAt, recorded)
    // stay out, and the Location of the event comes with every answer.
    expect(Object.keys(first.json())).toEqual(['seq', 'type', 'at', 'receivedAt', 'author', 'public']);
    expect(replies.map((r) => [r.statusCode, r.body, r.headers.location])).toEqual(
      Array(12).fill([201, first.body, `/tickets/T/events/${first.json().seq}`]),
    );
    expect(replies.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(11);

    // A create that would conflict on its own row (the customer) is answered with the first response too.
    const created = await Promise.all(Array.from({ length: 8 }, () => post({ id: 'busy', name: 'Busy' }, 'busy-1')));
    expect(created.map((r) => [r.statusCode, r.body])).toEqual(Array(8).fill([201, created[0]!.body]));
  });

  it('a write that fails stores nothing, and its key can be used again', async () => {
    const ticket = (severity: string) =>
      call('POST', '/tickets', { id: 'V', customerId: 'shop', contractId: 'quick', severity }, 'open-V');
    const tickets = () => store.db.selectFrom('tickets').select('id').where('id', '=', 'V').execute();
    // The ticket row is written before its unknown severity is refused: the whole transaction rolls back.
    const failed = await ticket('S9');
    expect(failed.statusCode).toBe(422);
    expect([await tickets(), await keyRows('open-V')]).toEqual([[], []]);
    const opened = await ticket('S1');
    expect(opened.statusCode).toBe(201);
    expect([(await tickets()).length, (await keyRows('open-V')).length]).toEqual([1, 1]);
    const retry = await ticket('S1');
    expect([retry.statusCode, retry.body, retry.headers['idempotent-replayed']]).toEqual([201, opened.body, 'true']);
  });

  it('a deletion is replayed with its 204', async () => {
    const { id } = (await call('POST', '/tokens', { role: 'agent', label: 'temp' })).json() as { id: string };
    const revoked = await call('DELETE', `/tokens/${id}`, undefined, 'revoke-1');
    const retry = await call('DELETE', `/tokens/${id}`, undefined, 'revoke-1');
    expect([revoked.statusCode, retry.statusCode, retry.body, retry.headers['idempotent-replayed']]).toEqual([
      204,
      204,
      '',
      'true',
    ]);
    expect((await call('DELETE', `/tokens/${id}`)).statusCode).toBe(404);
  });

  it("a request's second write transaction keeps the key its first recorded", async () => {
    const ctx = { ...context(), idempotency: idempotentRequest('twice', 'POST', '/twice', {}, 201) };
    expect(await writeTransaction(ctx, async () => ({ part: 1 }))).toEqual({ part: 1 });
    expect(await writeTransaction(ctx, async () => ({ part: 2 }))).toEqual({ part: 2 });
    expect((await keyRows('twice')).map((r) => [r.status, r.body])).toEqual([[201, '{"part":1}']]);
  });

  it('remembers a key for a day: then the key makes a new write, and the purge deletes it once it expires', async () => {
    const first = await post({ id: 'day-1', name: 'Day one' }, 'k-day');
    clock = T0 + IDEMPOTENCY_RETENTION_MS - 1;
    expect((await post({ id: 'day-1', name: 'Day one' }, 'k-day')).headers['idempotent-replayed']).toBe('true');
    expect(await nextIdempotencyExpiryAt(context())).toBe(T0 + IDEMPOTENCY_RETENTION_MS);
    // A day on, the key is free: another request with it is a new write, not a conflict.
    clock = T0 + IDEMPOTENCY_RETENTION_MS;
    const next = await post({ id: 'day-2', name: 'Day two' }, 'k-day');
    expect([first.statusCode, next.statusCode, next.headers['idempotent-replayed']]).toEqual([201, 201, undefined]);
    expect((await keyRows('k-day')).map((r) => Number(r.created_at))).toEqual([clock]);
    // Every key taken at T0 has expired; the one just taken is kept until a day after it.
    expect(await purgeExpiredIdempotencyKeys(context())).toBeGreaterThan(0);
    expect(await nextIdempotencyExpiryAt(context())).toBe(clock + IDEMPOTENCY_RETENTION_MS);
    clock += IDEMPOTENCY_RETENTION_MS;
    expect(await purgeExpiredIdempotencyKeys(context())).toBe(1);
    expect([await keyRows('k-day'), await nextIdempotencyExpiryAt(context())]).toEqual([[], null]);
  });
});
