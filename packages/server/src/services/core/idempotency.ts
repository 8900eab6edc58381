import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import {
  claimIdempotent,
  findIdempotent,
  saveIdempotentBody,
  type IdempotencyRow,
} from '../../storage/repositories/idempotency-repository.js';
import type { Tables } from '../../storage/tables.js';
import { idempotencyCutoff } from './idempotency-retention.js';
import { ServiceError, type ServiceContext } from './service-context.js';

/** A write made with an Idempotency-Key: the key, what was asked, and the status the route answers success with. */
export interface IdempotentRequest {
  key: string;
  requestHash: string;
  status: number;
  /** Set once one of the request's write transactions has recorded the key: its later ones leave the key alone. */
  recorded?: boolean;
}

/** What a retry gets back: the first request's status and its service's result, to send through the route again. */
export interface StoredResponse {
  status: number;
  result: unknown;
}

/**
 * Thrown, after its transaction, by a write that found its key taken by the same request made earlier (a retry
 * that raced the first attempt): it wrote nothing, and is answered with the first attempt's response.
 */
export class IdempotentReplay extends Error {
  constructor(readonly response: StoredResponse) {
    super('answered with the response to the first request with this Idempotency-Key');
    this.name = 'IdempotentReplay';
  }
}

export function idempotentRequest(
  key: string,
  method: string,
  path: string,
  body: unknown,
  status: number,
): IdempotentRequest {
  const requestHash = createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
  return { key, requestHash, status };
}

/** Names the fields of a result that hold a secret shown once: they are never stored with an Idempotency-Key. */
const SHOWN_ONCE = Symbol('fields shown once');

/** A result whose `fields` hold a secret shown only in this response (a token, a signing secret). */
export function shownOnce<T extends object>(result: T, ...fields: (keyof T & string)[]): T {
  return Object.assign(result, { [SHOWN_ONCE]: fields });
}

/** The result as kept under its key: without the secrets it showed once. */
function storedBody(result: unknown): { body: string; withheld: boolean } {
  const fields = (result as { [SHOWN_ONCE]?: string[] } | null)?.[SHOWN_ONCE];
  if (!fields) return { body: JSON.stringify(result ?? null), withheld: false };
  const kept = Object.fromEntries(Object.entries(result as object).filter(([k]) => !fields.includes(k)));
  return { body: JSON.stringify(kept), withheld: true };
}

function storedResponse(row: IdempotencyRow, request: IdempotentRequest): StoredResponse {
  if (row.request_hash !== request.requestHash) {
    throw new ServiceError('idempotency_key_reused', 'this Idempotency-Key was used for a different request');
  }
  if (row.withheld)
    throw new ServiceError(
      'conflict',
      `this request was made already (${row.body}); the secret in its response is shown only once`,
    );
  return { status: row.status, result: JSON.parse(row.body) };
}

/**
 * The response to replay when this caller's write with this key has already committed, checked before the request
 * runs, so that a retry does none of it again; the same key with a different request is a conflict.
 */
export async function replayIdempotent(
  ctx: ServiceContext,
  request: IdempotentRequest,
): Promise<StoredResponse | undefined> {
  const row = await findIdempotent(ctx.db, ctx.principal.actor, request.key, idempotencyCutoff(ctx.now()));
  return row && storedResponse(row, request);
}

/**
 * A write's work under its Idempotency-Key, inside the write's transaction. The key is taken first, so of two
 * requests racing with one key only one does the work: the other waits on the unique key (PostgreSQL) or runs
 * after it (SQLite's one writer), finds the key taken and gets the first one's response instead. The result is
 * stored before the commit, so the write and the response a retry gets back are kept together or not at all.
 */
export async function keyedWork<T>(
  trx: Transaction<Tables>,
  ctx: ServiceContext,
  request: IdempotentRequest,
  work: (trx: Transaction<Tables>) => Promise<T>,
): Promise<{ result: T } | { replay: StoredResponse }> {
  const actor = ctx.principal.actor;
  const now = ctx.now();
  const since = idempotencyCutoff(now);
  // Taken with an empty body, filled in below before the commit. No other request reads it meanwhile: they read
  // committed rows, or (grouped into this SQLite transaction) run once this work is done.
  const taken = !(await claimIdempotent(
    trx,
    {
      actor,
      key: request.key,
      request_hash: request.requestHash,
      status: request.status,
      body: '',
      created_at: now,
    },
    since,
  ));
  if (taken) return { replay: storedResponse((await findIdempotent(trx, actor, request.key, since))!, request) };
  const result = await work(trx);
  const { body, withheld } = storedBody(result);
  await saveIdempotentBody(trx, actor, request.key, body, withheld);
  return { result };
}
