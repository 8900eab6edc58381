import type { Executor } from '../../storage/repositories/executor.js';
import { findToken, type ApiTokenRow } from '../../storage/repositories/token-repository.js';

/**
 * How long a token's row, once read, answers for it without reading it again. Every request presents a token,
 * and looking it up was one database round trip per request: on PostgreSQL a quarter of the statements of
 * ticket-event ingestion (bench/server.mjs). A revocation made by this process takes effect at once (it forgets the
 * row); one made by another process sharing the database takes effect here within this time. Expiry is checked
 * against the request's own clock on every use, so it is never late.
 */
export const TOKEN_CACHE_MS = 1_000;
/** Rows kept at most: a store has few tokens, but ids come from requests, so the cache must not grow unbounded. */
const MAX_ROWS = 10_000;

export interface TokenCache {
  /** The token's row as read at most TOKEN_CACHE_MS before `now`, or undefined when there is none. */
  find(db: Executor, id: string, now: number): Promise<ApiTokenRow | undefined>;
  /** Forgets a token (revoked by this process): the next use reads it again. */
  forget(id: string): void;
}

/** A store's token cache (its `caches`, services/core/store-caches.ts): each store has its own. */
export function tokenCache(ttlMs = TOKEN_CACHE_MS, maxRows = MAX_ROWS): TokenCache {
  const rows = new Map<string, { row: ApiTokenRow; readAt: number }>();
  // Lookups under way, shared by the requests that arrive meanwhile.
  const reading = new Map<string, Promise<ApiTokenRow | undefined>>();
  // Bumped by every forget: a lookup that began before a revocation committed must not keep what it read.
  let generation = 0;
  return {
    find: (db, id, now) => {
      const kept = rows.get(id);
      if (kept && now - kept.readAt < ttlMs && now >= kept.readAt) return Promise.resolve(kept.row);
      let pending = reading.get(id);
      if (!pending) {
        const began = generation;
        pending = findToken(db, id).then(
          (row) => {
            reading.delete(id);
            // Unknown ids are not kept: a token issued in a moment must work at once, and guesses cost no memory.
            if (row && began === generation) {
              if (rows.size >= maxRows) rows.clear();
              rows.set(id, { row, readAt: now });
            }
            return row;
          },
          (e: unknown) => {
            reading.delete(id);
            throw e;
          },
        );
        reading.set(id, pending);
      }
      return pending;
    },
    forget: (id) => {
      generation++;
      rows.delete(id);
      reading.delete(id);
    },
  };
}
