import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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

export function parseYamlSource(file: string, text: string): { source?: YamlSource; issues: ContractIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues: ContractIssue[] = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { file, line: pos.line, column: pos.col, pointer: '', message: `YAML: ${e.message.split('\n')[0]}` };
  });
  if (doc.errors.length > 0) return { issues };
  const locate = (path: readonly PropertyKey[], atKey = false) => {
    const node = nodeAt(doc, path, atKey);
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const source: YamlSource = {
    file,
    value: doc.toJS({ maxAliasCount: 100 }),
    locate,
    issueAt: (path, message, atKey) => ({ file, ...locate(path, atKey), pointer: toPointer(path), message }),
  };
  return { source, issues };
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
