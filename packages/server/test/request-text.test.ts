import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { SYSTEM } from '../src/services/core/service-context.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { freshStore, type TestStore } from './databases.js';

/**
 * Every string a request brings is text, and names and labels are one clean line (issue 11 §1): checked for every
 * route at once (api/request-text.ts), each refusal a 422 naming the field.
 */
describe('the text of a request', () => {
  let store: TestStore;
  let app: Api;
  let admin = '';
  beforeAll(async () => {
    store = await freshStore('sqlite', () => Date.parse('2026-07-01T12:00:00Z'));
    app = await buildApp({ context: (principal = SYSTEM) => store.context(principal) });
    admin = (await issueToken(store.context(), { role: 'admin', label: 'admin' })).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  /** Sends a JSON body as raw text, so that escapes such as a lone `\ud800` reach the server as written. */
  const post = (url: string, json: string) =>
    app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      payload: json,
    });
  const refused = (r: { statusCode: number; json(): unknown }) => {
    expect(r.statusCode).toBe(422);
    return r.json() as { code: string; field: string; detail: string };
  };

  it('refuses a bidi override in a name: "\u202Egpj.exe" must not read as "exe.jpg"', async () => {
    const p = refused(await post('/customers', JSON.stringify({ id: 'acme', name: 'ACME \u202Egpj.exe' })));
    expect(p).toMatchObject({ code: 'invalid', field: '/name' });
    expect(p.detail).toContain('U+202E');
  });

  it('refuses control characters anywhere, and line breaks or bidi marks in a name', async () => {
    expect(refused(await post('/customers', JSON.stringify({ id: 'acme', name: 'ACME\u0000' }))).detail).toContain(
      'U+0000',
    );
    expect(refused(await post('/customers', JSON.stringify({ id: 'acme', name: 'ACME\nLtd' }))).detail).toContain(
      'one line',
    );
    expect(refused(await post('/customers', JSON.stringify({ id: 'acme', name: 'ACME\u200F' }))).field).toBe('/name');
    const service = await post('/services', JSON.stringify({ id: 'voice', name: 'Voice', description: 'a\u0007b' }));
    expect(refused(service)).toMatchObject({ field: '/description' });
  });

  it('refuses a lone UTF-16 surrogate, which no database stores as sent', async () => {
    // JSON may spell one (\ud800 without its pair); SQLite and PostgreSQL would store U+FFFD instead.
    const p = refused(await post('/customers', '{"id":"acme","name":"ACME \\ud800"}'));
    expect(p).toMatchObject({ field: '/name' });
    expect(p.detail).toContain('surrogate');
  });

  it('bounds a name at 300 characters', async () => {
    expect(refused(await post('/customers', JSON.stringify({ id: 'acme', name: 'x'.repeat(301) }))).detail).toContain(
      'at most 300',
    );
  });

  it('accepts what real names and texts hold: accents, right-to-left text with its marks, emoji, line breaks', async () => {
    // "شركة الاتصالات" is Arabic (a right-to-left script); a description may use a right-to-left mark (U+200F)
    // and line breaks; 👩‍💻 is a sequence joined by U+200D (a format character, not a control).
    const customer = await post('/customers', JSON.stringify({ id: 'cairo', name: 'شركة الاتصالات 👩‍💻 Société' }));
    expect(customer.statusCode).toBe(201);
    const service = await post(
      '/services',
      JSON.stringify({ id: 'voice', name: 'Voice', description: 'Calls\n\u200Fمكالمات\tand routing' }),
    );
    expect(service.statusCode).toBe(201);
    expect(service.json()).toMatchObject({ description: 'Calls\n\u200Fمكالمات\tand routing' });
  });

  it('checks query parameters too', async () => {
    const r = await app.inject({
      url: `/tickets?customerId=${encodeURIComponent('acme\u202E')}`,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(refused(r)).toMatchObject({ field: '/customerId' });
  });
});
