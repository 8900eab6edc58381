import { ServiceError } from './service-context.js';

/** A page of a list: `next` is the cursor of the page after it, null on the last page. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/**
 * Cursors are opaque to callers (base64url of the last item's sort key), so that a list can change how it
 * orders without breaking clients that only ever hand back what they were given.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor carries, checked against the shape the list expects; a foreign cursor is refused. */
export function decodeCursor<K extends readonly (string | number)[]>(
  cursor: string | undefined,
  shape: { [I in keyof K]: K[I] extends number ? 'number' : 'string' },
): K | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== shape.length ||
    key.some((v, i) => typeof v !== shape[i] || (typeof v === 'number' && !Number.isFinite(v)))
  )
    throw foreignCursor();
  return key as unknown as K;
}

/** The error for a cursor this list did not hand out. */
export function foreignCursor(): ServiceError {
  return new ServiceError('invalid', 'cursor is not one this list handed out (pass back its `next`)', 'cursor');
}

/** Rows fetched with one more than the limit: the extra row says there is a next page. */
export function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  item: (row: R) => T,
  keyOf: (row: R) => readonly (string | number)[],
): Page<T> {
  const kept = rows.slice(0, limit);
  return {
    items: kept.map(item),
    next: rows.length > limit && kept.length ? encodeCursor(keyOf(kept[kept.length - 1]!)) : null,
  };
}
