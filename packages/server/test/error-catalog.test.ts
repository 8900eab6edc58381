import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';
import { ERROR_CATALOG, ERROR_CODES } from '../src/services/core/error-catalog.js';
import { issueToken } from '../src/services/tokens/api-tokens.js';
import { SYSTEM, type Principal } from '../src/services/core/service-context.js';
import { freshStore, type TestStore } from './databases.js';

const DOCS = new URL('../../../docs/errors.md', import.meta.url);

/** The rows of docs/errors.md's table: code, status, title. */
function documentedCodes(): { code: string; status: number; title: string }[] {
  return readFileSync(DOCS, 'utf8')
    .split('\n')
    .map((line) => /^\| ([a-z_]+) \| (\d{3}) \| (.+) \|$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ code: m[1]!, status: Number(m[2]), title: m[3]! }));
}

/**
 * One error catalog (issue 11 §2): every error answer is a problem document whose code, status and title come
 * from the catalog; docs/errors.md and the OpenAPI document say the same.
 */
describe('the error catalog', () => {
  let store: TestStore;
  let app: Api;
  let admin = '';
  const context = (principal: Principal = SYSTEM) => store.context(principal);
  beforeAll(async () => {
    store = await freshStore('sqlite', () => 0);
    app = await buildApp({ context });
    admin = (await issueToken(context(), { role: 'admin', label: 'test admin' })).token;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  /** A problem document from the catalog, with the expected code. */
  const expectProblem = (status: number, contentType: unknown, body: string, code: string) => {
    expect(String(contentType)).toContain('application/problem+json');
    const problem = JSON.parse(body) as Record<string, unknown>;
    expect(problem).toMatchObject({ code, status, title: ERROR_CATALOG[code as keyof typeof ERROR_CATALOG].title });
    expect(status).toBe(ERROR_CATALOG[code as keyof typeof ERROR_CATALOG].status);
    expect(typeof problem.detail).toBe('string');
    return problem;
  };

  it('docs/errors.md lists exactly the catalog, with the same status and title', () => {
    expect(documentedCodes()).toEqual(
      ERROR_CODES.map((code) => ({ code, status: ERROR_CATALOG[code].status, title: ERROR_CATALOG[code].title })),
    );
    for (const code of ERROR_CODES) expect(readFileSync(DOCS, 'utf8')).toContain(`- \`${code}\`: `);
  });

  it("every operation's 4xx and 5xx answers reference the Problem schema, whose codes are the catalog's", async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json();
    expect(doc.components.schemas.Problem.properties.code.enum).toEqual(ERROR_CODES);
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { responses: object }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        operations++;
        const responses = operation.responses as Record<string, { content?: Record<string, { schema: object }> }>;
        for (const range of ['4XX', '5XX'])
          expect(responses[range]?.content?.['application/problem+json']?.schema, `${method} ${path} ${range}`).toEqual(
            { $ref: '#/components/schemas/Problem' },
          );
      }
    }
    expect(operations).toBeGreaterThan(40);
  });

  it('answers an unknown route 404 without asking for a token', async () => {
    for (const headers of [{}, { authorization: `Bearer ${admin}` }]) {
      const r = await app.inject({ method: 'GET', url: '/no/such/route?token=secret', headers });
      const problem = expectProblem(r.statusCode, r.headers['content-type'], r.body, 'route_not_found');
      expect(problem.instance).toBe('/no/such/route');
    }
    const wrongMethod = await app.inject({ method: 'PATCH', url: '/customers' });
    expectProblem(wrongMethod.statusCode, wrongMethod.headers['content-type'], wrongMethod.body, 'route_not_found');
  });

  it('answers 401, 400, 413, 414 and 415 as problem documents', async () => {
    const auth = { authorization: `Bearer ${admin}` };
    const cases: [string, InjectOptions][] = [
      ['unauthorized', { method: 'GET', url: '/customers' }],
      ['unauthorized', { method: 'GET', url: '/customers', headers: { authorization: 'Bearer nope' } }],
      [
        'bad_request',
        { method: 'POST', url: '/customers', headers: { ...auth, 'content-type': 'application/json' }, payload: '{' },
      ],
      [
        'too_large',
        {
          method: 'POST',
          url: '/customers',
          headers: { ...auth, 'content-type': 'application/json' },
          payload: JSON.stringify({ id: 'x', name: 'x'.repeat(2 << 20) }),
        },
      ],
      ['uri_too_long', { method: 'GET', url: `/customers?cursor=${'x'.repeat(9000)}`, headers: auth }],
      [
        'unsupported_media_type',
        { method: 'POST', url: '/customers', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'hello' },
      ],
    ];
    for (const [code, options] of cases) {
      const r = await app.inject(options);
      expectProblem(r.statusCode, r.headers['content-type'], r.body, code);
    }
  });

  it('names every field at fault as a JSON pointer, unknown fields included', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/incidents',
      headers: { authorization: `Bearer ${admin}` },
      payload: { title: 'x', text: 'x', start: 'soon', end: '2026-06-01T00:00:00Z', fraction: 2, components: [] },
    });
    const problem = expectProblem(r.statusCode, r.headers['content-type'], r.body, 'invalid');
    expect(problem).toMatchObject({ field: '/start', in: 'body' });
    expect((problem.errors as { field: string }[]).map((e) => e.field)).toEqual(['/start', '/fraction']);
  });

  it('refuses a query parameter or body field no route knows, naming it, on every route', async () => {
    // GET /clocks and POST /customers declare their objects without .strict(): the validator makes them so.
    const query = await app.inject({ url: '/clocks?customer=acme', headers: { authorization: `Bearer ${admin}` } });
    expect(expectProblem(query.statusCode, query.headers['content-type'], query.body, 'invalid')).toMatchObject({
      field: '/customer',
      in: 'querystring',
    });
    const body = await app.inject({
      method: 'POST',
      url: '/customers',
      headers: { authorization: `Bearer ${admin}` },
      payload: { id: 'n', name: 'N', nmae: 'typo' },
    });
    expect(expectProblem(body.statusCode, body.headers['content-type'], body.body, 'invalid')).toMatchObject({
      field: '/nmae',
      in: 'body',
    });
  });

  it('answers headers past the limit 431, before a route is chosen (real socket)', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; type?: string; body: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/customers', headers: { 'x-padding': 'x'.repeat(20_000) } },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expectProblem(answer.status, answer.type, answer.body, 'headers_too_large');
  });
});
