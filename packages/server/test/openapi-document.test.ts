import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Api } from '../src/api/app.js';

const REDOCLY = new URL('../../../node_modules/@redocly/cli/bin/cli.js', import.meta.url).pathname;

type Schema = Record<string, unknown>;
interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

/** Whether a schema says anything at all: `{}` (z.unknown()) or a bare description describes no shape. */
const describesAShape = (s: Schema) =>
  ['type', '$ref', 'anyOf', 'oneOf', 'allOf', 'properties', 'enum', 'const'].some((k) => k in s);

/** Every property of a schema and the schemas within it, with its JSON path, following $refs into components. */
function* properties(
  doc: Document,
  schema: unknown,
  path: string,
  seen = new Set<string>(),
): Generator<[string, Schema]> {
  if (!schema || typeof schema !== 'object') return;
  const s = schema as Schema;
  if (typeof s.$ref === 'string') {
    if (seen.has(s.$ref)) return;
    seen.add(s.$ref);
    yield* properties(doc, doc.components.schemas[s.$ref.replace('#/components/schemas/', '')], s.$ref, seen);
    return;
  }
  for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
    yield [`${path}.${name}`, property];
    yield* properties(doc, property, `${path}.${name}`, seen);
  }
  for (const key of ['items', 'additionalProperties'])
    if (typeof s[key] === 'object') yield* properties(doc, s[key], `${path}[]`, seen);
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    for (const [i, branch] of ((s[key] ?? []) as Schema[]).entries())
      yield* properties(doc, branch, `${path}|${key}${i}`, seen);
}

/** An instant's schema: a date-time string, or that or null. */
const isDateTime = (s: Schema): boolean =>
  (s.format === 'date-time' &&
    (s.type === 'string' || (Array.isArray(s.type) && s.type.every((t) => t === 'string' || t === 'null')))) ||
  (Array.isArray(s.anyOf) &&
    (s.anyOf as Schema[]).some(isDateTime) &&
    (s.anyOf as Schema[]).every((b) => isDateTime(b) || b.type === 'null'));

/**
 * The API description as clients and the generated @surety/client read it (issue 11 §1): every operation says what
 * it answers on success, every instant is a date-time, and `redocly lint` with its recommended rules finds nothing.
 */
describe('/openapi.json', () => {
  let app: Api;
  let doc: Document;
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
  beforeAll(async () => {
    app = await buildApp({
      context: () => {
        throw new Error('the description reads no data');
      },
    });
    doc = (await app.inject({ url: '/openapi.json' })).json();
  });
  afterAll(async () => app?.close());

  it('declares a 2xx answer with a schema for every operation (204: no content)', () => {
    const missing = operations().flatMap(({ name, op }) => {
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      if (!success.length) return [`${name}: no 2xx answer`];
      return success.flatMap(([status, response]) => {
        if (status === '204') return response.content ? [`${name}: 204 with content`] : [];
        const schemas = Object.values(response.content ?? {}).map((c) => c.schema ?? {});
        return schemas.length && schemas.every(describesAShape) ? [] : [`${name}: ${status} without a schema`];
      });
    });
    expect(missing).toEqual([]);
    expect(operations().length).toBeGreaterThan(80);
  });

  it('describes every property named *At or at as a date-time (null allowed)', () => {
    const wrong: string[] = [];
    let instants = 0;
    const check = (where: string, schema: Schema | undefined) => {
      for (const [path, property] of properties(doc, schema, where)) {
        const name = path.slice(path.lastIndexOf('.') + 1);
        if (name !== 'at' && !/[a-z]At$/.test(name)) continue;
        instants++;
        if (!isDateTime(property)) wrong.push(`${path}: ${JSON.stringify(property)}`);
      }
    };
    for (const { name, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses))
        for (const [type, content] of Object.entries(response.content ?? {}))
          check(`${name} ${status} ${type}`, content.schema);
      for (const content of Object.values(op.requestBody?.content ?? {})) check(`${name} body`, content.schema);
    }
    expect(wrong).toEqual([]);
    // The walk reaches the instants of the richest reads (ticket, reports, audit), not just a few.
    expect(instants).toBeGreaterThan(100);
  });

  it('refuses unknown fields at every depth of a request body (objects within it are strict)', () => {
    // The validator makes a body's top object strict (api/strict-validator.ts); an object within it, or each
    // branch of a union, must say so itself, or zod drops a field it does not know without a word.
    const loose: string[] = [];
    const walk = (schema: unknown, path: string, top: boolean): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Schema;
      if (typeof s.$ref === 'string')
        return walk(doc.components.schemas[s.$ref.replace('#/components/schemas/', '')], path, false);
      if (s.properties && !top && s.additionalProperties !== false) loose.push(path);
      for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Schema>))
        walk(property, `${path}/${name}`, false);
      for (const key of ['items', 'additionalProperties'])
        if (typeof s[key] === 'object') walk(s[key], `${path}/[]`, false);
      for (const key of ['anyOf', 'oneOf', 'allOf'])
        for (const branch of (s[key] ?? []) as Schema[]) walk(branch, path, top && key === 'allOf');
    };
    for (const { name, op } of operations())
      for (const content of Object.values(op.requestBody?.content ?? {})) walk(content.schema, `${name} body`, true);
    expect(loose).toEqual([]);
  });

  it('finds the property walk failing on an instant described as a plain string', () => {
    const planted: Document = {
      paths: {},
      components: {
        schemas: { Thing: { type: 'object', properties: { nested: { properties: { dueAt: { type: 'string' } } } } } },
      },
    };
    const found = [...properties(planted, { $ref: '#/components/schemas/Thing' }, 'x')];
    expect(found.map(([path, s]) => [path, isDateTime(s)])).toEqual([
      ['#/components/schemas/Thing.nested', false],
      ['#/components/schemas/Thing.nested.dueAt', false],
    ]);
    expect(isDateTime({ anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] })).toBe(true);
  });

  it('names every operation once (operationId)', () => {
    const ids = operations().map(({ name, op }) => op.operationId ?? `missing: ${name}`);
    expect(ids.filter((id) => id.startsWith('missing'))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('passes redocly lint with its recommended rules: no error, no warning (offline)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'surety-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const run = await promisify(execFile)(
        process.execPath,
        [REDOCLY, 'lint', file, '--extends', 'recommended', '--format', 'json'],
        {
          cwd: dir,
          // No telemetry and no update check: the lint needs no network.
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' },
          maxBuffer: 1 << 26,
        },
      ).catch((e: { stdout: string; stderr: string }) => e);
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
      };
      const problems = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
