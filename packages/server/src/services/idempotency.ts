import { createHash } from 'node:crypto';
import { findIdempotent, saveIdempotent } from '../storage/repositories/idempotency-repository.js';
import { ServiceError, type ServiceContext } from './service-context.js';

export interface StoredResponse {
  status: number;
  body: string;
}

const hashOf = (method: string, path: string, body: string) =>
  createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');

/**
 * The response to replay for a retried write, if this caller already made it with this Idempotency-Key;
 * the same key with a different request is a conflict.
 */
export async function replayIdempotent(
  ctx: ServiceContext,
  key: string,
  method: string,
  path: string,
  body: string,
): Promise<StoredResponse | undefined> {
  const row = await findIdempotent(ctx.db, ctx.principal.actor, key);
  if (!row) return undefined;
  if (row.request_hash !== hashOf(method, path, body)) {
    throw new ServiceError('conflict', 'this Idempotency-Key was used for a different request', 'Idempotency-Key');
  }
  return { status: row.status, body: row.body };
}

export async function rememberIdempotent(
  ctx: ServiceContext,
  key: string,
  method: string,
  path: string,
  body: string,
  response: StoredResponse,
): Promise<void> {
  await saveIdempotent(ctx.db, {
    actor: ctx.principal.actor,
    key,
    request_hash: hashOf(method, path, body),
    status: response.status,
    body: response.body,
    created_at: ctx.now(),
  });
}
