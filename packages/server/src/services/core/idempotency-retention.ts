import { deleteIdempotentBefore, oldestIdempotentAt } from '../../storage/repositories/idempotency-repository.js';
import type { ServiceContext } from './service-context.js';

/**
 * How long an Idempotency-Key is remembered: a day, as Stripe keeps them, is far longer than any client retries a
 * request. After it the key may be used again for a new write, and the worker deletes it.
 */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3_600_000;

/** Keys taken before this instant have expired: a key expires the retention after it was taken. */
export function idempotencyCutoff(now: number): number {
  return now - IDEMPOTENCY_RETENTION_MS + 1;
}

/** Deletes the expired keys; how many. */
export async function purgeExpiredIdempotencyKeys(ctx: ServiceContext): Promise<number> {
  return deleteIdempotentBefore(ctx.db, idempotencyCutoff(ctx.now()));
}

/** When the oldest key kept expires, or null when none is kept. */
export async function nextIdempotencyExpiryAt(ctx: ServiceContext): Promise<number | null> {
  const oldest = await oldestIdempotentAt(ctx.db);
  return oldest === null ? null : oldest + IDEMPOTENCY_RETENTION_MS;
}
