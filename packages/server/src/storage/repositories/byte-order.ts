/**
 * Compares strings as PostgreSQL's "C" collation does: byte by byte in UTF-8, which is code point order. Rows
 * locked in a sorted order are locked in this one, in JavaScript and in SQL (`order by … collate "C"`), so that
 * two writers never take the same locks in opposite orders. JavaScript's own comparison (`<`, a default sort)
 * compares UTF-16 code units, which put U+E000–U+FFFF after the surrogate pairs of U+10000 and above.
 */
export function compareBytes(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    return x >= 0xd800 && y >= 0xd800 ? codePointRank(x) - codePointRank(y) : x - y;
  }
  return a.length - b.length;
}

/** From U+D800 up: U+E000–U+FFFF first, then the surrogates, which stand for code points above them. */
const codePointRank = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit + 0x2000);

/** The distinct strings, in byte order. */
export const inByteOrder = (values: readonly string[]): string[] => [...new Set(values)].sort(compareBytes);
