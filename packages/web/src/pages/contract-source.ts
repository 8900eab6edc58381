import { isMap, isSeq, parseDocument, type Node } from 'yaml';

/**
 * The 1-based line range of a rule (a JSON pointer such as /plans/standard/targets/S1/first_response) in a
 * contract's YAML, or null when the pointer names nothing in it.
 */
export function ruleLines(source: string, rule: string): { from: number; to: number } | null {
  const doc = parseDocument(source, { keepSourceTokens: false });
  let node: unknown = doc.contents;
  let key = '';
  for (const raw of rule.split('/').slice(1)) {
    key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else return null;
    if (node === undefined) return null;
  }
  const range = (node as Node | null)?.range;
  if (!range) return null;
  const line = (offset: number) => source.slice(0, offset).split('\n').length;
  const lines = source.split('\n');
  let from = line(range[0]);
  // A block value starts on the line after its key: include the key's line.
  if (!lines[from - 1]!.includes(`${key}:`) && lines[from - 2]?.trim().startsWith(`${key}:`)) from -= 1;
  return { from, to: line(Math.max(range[0], range[1] - 1)) };
}
