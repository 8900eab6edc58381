import type { z } from 'zod';
import type { ContractIssue } from './contract-issue.js';
import { didYouMean } from './did-you-mean.js';
import type { YamlSource } from './yaml-source.js';

/** Validates a parsed YAML file against a schema, turning zod's issues into located, readable ones. */
export function validateAgainst<T extends z.ZodType>(
  schema: T,
  source: YamlSource,
): { value?: z.infer<T>; issues: ContractIssue[] } {
  const result = schema.safeParse(source.value, { reportInput: true });
  if (result.success) return { value: result.data, issues: [] };
  const issues = result.error.issues.flatMap((issue) => explain(issue, schema, source));
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { issues };
}

function explain(issue: z.core.$ZodIssue, schema: z.ZodType, source: YamlSource): ContractIssue[] {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeysAt(schema, path);
      return issue.keys.map((key) => {
        const hint = didYouMean(key, allowed);
        const message =
          `unknown key '${key}'` +
          (hint ? `; did you mean '${hint}'?` : '') +
          (allowed.length ? ` (expected one of: ${allowed.join(', ')})` : '');
        return source.issueAt([...path, key], message, true);
      });
    }
    case 'invalid_type':
      return [source.issueAt(path, `expected ${article(issue.expected)}, found ${describe(issue.input)}`)];
    case 'invalid_value':
      return [
        source.issueAt(
          path,
          `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${describe(issue.input)}`,
        ),
      ];
    case 'invalid_format':
      return [source.issueAt(path, `expected ${issue.message}, found ${describe(issue.input)}`)];
    case 'too_small':
      return [
        source.issueAt(
          path,
          `expected at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item(s)' : ''}`.trim() +
            `, found ${describe(issue.input)}`,
        ),
      ];
    case 'invalid_union': {
      // Explain the alternative that got furthest: the one whose issue lies deepest below the union. zod reports
      // a branch's issues with paths relative to the union, so they are prefixed with its path here.
      const branches = issue.errors.filter((b) => b.length > 0);
      const best = branches.sort((a, b) => depth(b) - depth(a))[0];
      if (best && depth(best) >= 1) {
        return best.flatMap((i) => explain({ ...i, path: [...path, ...i.path] }, schema, source));
      }
      return [
        source.issueAt(path, `expected ${unionDescription(schemaAt(schema, path))}, found ${describe(issue.input)}`),
      ];
    }
    case 'invalid_key': {
      const name = String(path[path.length - 1]);
      const expected = issue.issues.map((i) => (i.code === 'custom' ? i.message : `expected ${i.message}`));
      return [source.issueAt(path, `name '${name}': ${expected.join('; ')}`, true)];
    }
    default:
      return [source.issueAt(path, issue.message)];
  }
}

/** How far below the union a branch got: a wrong type at a level counts less than a wrong value there. */
function depth(branch: readonly z.core.$ZodIssue[]): number {
  return Math.max(
    ...branch.map(
      (i) =>
        i.path.length +
        (i.code === 'invalid_union' ? Math.max(0, ...i.errors.map(depth)) : i.code === 'invalid_type' ? 0 : 0.5),
    ),
  );
}

function article(what: string): string {
  return /^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return `a mapping with keys ${Object.keys(value).join(', ') || '(none)'}`;
  if (typeof value === 'string') return `'${value.length > 60 ? value.slice(0, 57) + '...' : value}'`;
  return `${typeof value} ${String(value)}`;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** The schemas that may describe the value at `path` (several where unions branch). */
function schemasAt(schema: unknown, path: readonly PropertyKey[]): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return schemasAt(def.innerType, path);
    case 'pipe':
      return schemasAt(def.in, path);
    case 'union':
      return (def.options as unknown[]).flatMap((o) => schemasAt(o, path));
  }
  if (path.length === 0) return [schema];
  const [head, ...rest] = path;
  switch (def.type) {
    case 'object': {
      const child = (def.shape as Record<string, unknown>)[String(head)];
      return child ? schemasAt(child, rest) : [];
    }
    case 'record':
      return schemasAt(def.valueType, rest);
    case 'array':
      return schemasAt(def.element, rest);
    default:
      return [];
  }
}

function schemaAt(schema: unknown, path: readonly PropertyKey[]): unknown[] {
  return schemasAt(schema, path);
}

function objectKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const keys = schemasAt(schema, path)
    .filter((s) => defOf(s).type === 'object')
    .flatMap((s) => Object.keys(defOf(s).shape as object));
  return [...new Set(keys)];
}

function unionDescription(options: unknown[]): string {
  const kinds = options.map((o) => {
    const def = defOf(o);
    if (def.type === 'object') return `a mapping with ${Object.keys(def.shape as object).join('/')}`;
    if (def.type === 'literal') return JSON.stringify((def.values as unknown[])[0]);
    return article(def.type);
  });
  return [...new Set(kinds)].join(' or ');
}
