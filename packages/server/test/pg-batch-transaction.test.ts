import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterCommit,
  batchTransaction,
  deferToCommit,
  jsonDocument,
  literal,
} from '../src/storage/pg-batch-transaction.js';
import { freshDatabase, skipped } from './databases.js';

describe.skipIf(skipped('postgres'))('a literal for PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('is read back by PostgreSQL as the very text, whatever quotes, backslashes and dollar tags it holds', async () => {
    const read = async (s: string) =>
      (await sql.raw<{ text: string }>(`select ${literal(s)} as text`).execute(database.db)).rows[0]!.text;
    // A value holding the first tags: the next free one is taken.
    expect(literal('a $j$ b $j0$ c')).toBe('$j1$a $j$ b $j0$ c$j1$');
    expect(await read('a $j$ b $j0$ c')).toBe('a $j$ b $j0$ c');
    // A value ending in the tag's start: it would end the constant early ($j + $j$).
    expect(literal('x $j')).toBe('$j0$x $j$j0$');
    expect(await read('x $j')).toBe('x $j');
    expect(await read('it\'s \\ "fine" $$ $j')).toBe('it\'s \\ "fine" $$ $j');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', "'", '\\', '"', '$', 'j', '0', 'é', '😀', '\n') }),
        async (s) => {
          expect(await read(s)).toBe(s);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a JSON document for PostgreSQL', () => {
  it('is the JSON of the value, every lone surrogate of its keys and strings U+FFFD', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    const mended = (s: string) => s.replace(lone, '\uFFFD');
    const text = fc.string({ unit: fc.constantFrom('a', '\\', 'u', 'd', '8', '\ud800', '\udc00', '😀', '"') });
    fc.assert(
      fc.property(fc.dictionary(text, text), (value) => {
        const expected = Object.fromEntries(Object.entries(value).map(([k, v]) => [mended(k), mended(v)]));
        expect(JSON.parse(jsonDocument(value))).toEqual(expected);
      }),
    );
  });

  it('turns a lone surrogate into U+FFFD, as pg does for a text parameter, and keeps a pair', () => {
    expect(JSON.parse(jsonDocument({ a: 'x\ud800y', b: ['\udc00'], c: '😀' }))).toEqual({
      a: 'x\uFFFDy',
      b: ['\uFFFD'],
      c: '😀',
    });
  });
});

describe.skipIf(skipped('postgres'))('a batch transaction (PostgreSQL, two round trips)', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
    await sql`create table notes (id integer primary key, body jsonb not null)`.execute(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });
  const count = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from notes`.execute(database.db)).rows[0]!.n;
  const note = (id: number, body: unknown) =>
    `insert into notes (id, body) values (${id}, ${literal(jsonDocument(body))}::jsonb)`;

  it('sends its first statement with BEGIN and what is deferred with COMMIT, after what the work sent itself', async () => {
    const answer = await batchTransaction<{ one: number }, number>(
      database.db,
      'select 1 as one',
      async (trx, rows) => {
        expect(deferToCommit(trx, note(2, { quote: "it's \\ fine", odd: '\ud800' }))).toBe(true);
        await sql`insert into notes (id, body) values (1, '{}'::jsonb)`.execute(trx);
        // Not yet committed: another connection does not see it.
        expect(await count()).toBe(0);
        return rows[0]!.one;
      },
    );
    expect(answer).toBe(1);
    const rows = await sql<{ id: number; body: unknown }>`select id, body from notes order by id`.execute(database.db);
    expect(rows.rows).toEqual([
      { id: 1, body: {} },
      { id: 2, body: { quote: "it's \\ fine", odd: '\uFFFD' } },
    ]);
    expect(deferToCommit(database.db, note(3, {}))).toBe(false);
  });

  it('sends what follows its COMMIT after it, in a transaction of its own that sees the batch committed', async () => {
    await batchTransaction(database.db, 'select 1', async (trx) => {
      await sql`insert into notes (id, body) values (21, jsonb_build_object('xid', txid_current()))`.execute(trx);
      expect(
        afterCommit(
          trx,
          `insert into notes (id, body) select 22, jsonb_build_object('batch', txid_status((body->>'xid')::bigint),
            'own', txid_current() <> (body->>'xid')::bigint) from notes where id = 21`,
        ),
      ).toBe(true);
    });
    const follower = await sql<{ body: unknown }>`select body from notes where id = 22`.execute(database.db);
    expect(follower.rows).toEqual([{ body: { batch: 'committed', own: true } }]);
    expect(afterCommit(database.db, 'select 1')).toBe(false);
    // Not at all when the batch fails.
    await expect(
      batchTransaction(database.db, 'select 1', async (trx) => {
        afterCommit(trx, note(23, {}));
        deferToCommit(trx, note(1, {})); // id 1 exists
      }),
    ).rejects.toThrow(/duplicate key/);
    expect((await sql`select 1 from notes where id = 23`.execute(database.db)).rows).toEqual([]);
  });

  it('announces after a COMMIT without failing, even what the notification queue refuses (migration 0213)', async () => {
    const tooLong = JSON.stringify(['x'.repeat(9000)]);
    await expect(
      sql`select surety_announce('surety_test', ${tooLong}::jsonb)`.execute(database.db),
    ).resolves.toBeTruthy();
  });

  it('writes nothing when its work throws, or when a deferred statement fails', async () => {
    const before = await count();
    await expect(
      batchTransaction(database.db, 'select 1', async (trx) => {
        await sql`insert into notes (id, body) values (10, '{}'::jsonb)`.execute(trx);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await expect(
      batchTransaction(database.db, 'select 1', async (trx) => {
        await sql`insert into notes (id, body) values (11, '{}'::jsonb)`.execute(trx);
        deferToCommit(trx, note(1, {})); // id 1 exists: the COMMIT after it is never reached
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await count()).toBe(before);
    // The connections went back to the pool usable, outside any transaction.
    await batchTransaction(database.db, 'select 1', async (trx) => void deferToCommit(trx, note(12, {})));
    expect(await count()).toBe(before + 1);
  });
});
