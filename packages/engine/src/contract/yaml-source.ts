import {
  Composer,
  isMap,
  isScalar,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
} from 'yaml';
import type { ContractIssue } from './contract-issue.js';
import { toPointer } from './contract-issue.js';

/** A parsed YAML file that can say where any path of its value was written. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Position of the value at `path` (or of its key with `atKey`), falling back to the nearest parent. */
  locate(path: readonly PropertyKey[], atKey?: boolean): { line: number; column: number };
  issueAt(path: readonly PropertyKey[], message: string, atKey?: boolean): ContractIssue;
}

/**
 * Bounds on what a contract file may ask of the parser. The largest real contract is about 8 KB and 8
 * levels deep; without bounds a few hundred KB of nesting or a few lines of nested aliases (a "billion
 * laughs") cost seconds of CPU and hundreds of MB.
 */
export const YAML_LIMITS = { maxCharacters: 256 * 1024, maxDepth: 32, maxAliases: 100 } as const;

/** Names that would reach Object.prototype if used as a key: refused wherever a file names something. */
export const RESERVED_KEY = '__proto__';

export function parseYamlSource(file: string, text: string): { source?: YamlSource; issues: ContractIssue[] } {
  const lineCounter = new LineCounter();
  const at = (offset: number, message: string): ContractIssue => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, pointer: '', message };
  };
  if (text.length > YAML_LIMITS.maxCharacters) {
    return {
      issues: [
        {
          file,
          line: 1,
          column: 1,
          pointer: '',
          message: `the file has ${text.length} characters; a contract file may have at most ${YAML_LIMITS.maxCharacters}`,
        },
      ],
    };
  }
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) {
    return { issues: [at(tooDeep, `YAML: nesting deeper than ${YAML_LIMITS.maxDepth} levels`)] };
  }
  const doc = composeOne(tokens, text.length);
  const issues: ContractIssue[] = [...doc.errors, ...doc.warnings].map((e) =>
    at(e.pos[0], `YAML: ${e.message.split('\n')[0]}`),
  );
  if (doc.errors.length > 0) return { issues };
  const refused = refusedNodes(doc);
  if (refused.length > 0) return { issues: refused.map(([offset, message]) => at(offset, message)) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases });
  } catch (e) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount (nested aliases multiply).
    return { issues: [at(firstAliasOffset(doc), `YAML: ${(e as Error).message}`)] };
  }
  const locate = (path: readonly PropertyKey[], atKey = false) => {
    const node = nodeAt(doc, path, atKey);
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const source: YamlSource = {
    file,
    value,
    locate,
    issueAt: (path, message, atKey) => ({ file, ...locate(path, atKey), pointer: toPointer(path), message }),
  };
  return { source, issues };
}

function composeOne(tokens: CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ uniqueKeys: true, prettyErrors: false });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      const range: [number, number] = [next.range[0], next.range[1]];
      doc.errors.push(new YAMLParseError(range, 'MULTIPLE_DOCS', 'a contract file holds one YAML document'));
      break;
    }
  }
  return doc!;
}

/** Offset of the first collection nested deeper than the limit, found without recursion (the composer recurses). */
function firstTooDeep(tokens: CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    const nested = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
    const d = nested ? depth + 1 : depth;
    if (d > YAML_LIMITS.maxDepth) return token.offset;
    if (token.type === 'document' && token.value) stack.push([token.value, d]);
    if (nested) {
      for (const item of token.items) {
        if (item.key) stack.push([item.key, d]);
        if (item.value) stack.push([item.value, d]);
      }
    }
  }
  return undefined;
}

/** Keys that would set a prototype instead of naming something, and too many aliases: offset and message. */
function refusedNodes(doc: Document.Parsed): [number, string][] {
  const refused: [number, string][] = [];
  let aliases = 0;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === RESERVED_KEY) {
        refused.push([pair.key.range?.[0] ?? 0, `'${RESERVED_KEY}' cannot be used as a key`]);
      }
    },
    Alias(_, alias) {
      aliases += 1;
      if (aliases === YAML_LIMITS.maxAliases + 1) {
        refused.push([alias.range?.[0] ?? 0, `YAML: more than ${YAML_LIMITS.maxAliases} aliases`]);
      }
    },
  });
  return refused;
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function nodeAt(doc: Document, path: readonly PropertyKey[], atKey: boolean): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const parentPath = path.slice(0, n - 1).map(String);
    if (atKey && n === path.length && n > 0) {
      const parent = doc.getIn(parentPath, true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
        if (pair && isScalar(pair.key)) return pair.key;
      }
    }
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n).map(keyOf), true);
    if (node && typeof node === 'object' && 'range' in node) return node as Node;
  }
  return undefined;
}

function keyOf(p: PropertyKey): string | number {
  return typeof p === 'number' ? p : String(p);
}
