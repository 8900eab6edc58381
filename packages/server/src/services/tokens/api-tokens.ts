import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { countActiveAdmins, insertToken, revokeToken } from '../../storage/repositories/token-repository.js';
import { recordAudit } from '../audit/log.js';
import { requireAdmin } from '../core/permissions.js';
import { shownOnce } from '../core/idempotency.js';
import { ServiceError, type Principal, type Role, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { wireInstant } from '../core/instants.js';
import { tokenJson, type IssuedTokenJson } from './token-json.js';

/** Tokens look like `sur_<id>_<secret>`; only a SHA-256 of the whole token is stored. */
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Issues an API token, answered as GET /tokens/{id} shows it with its secret, shown this once. */
export async function issueToken(
  ctx: ServiceContext,
  input: { role: Role; customerId?: string; label: string; expiresAt?: number },
): Promise<IssuedTokenJson> {
  requireAdmin(ctx);
  if (input.expiresAt !== undefined && input.expiresAt <= ctx.now())
    throw new ServiceError('invalid', 'expiresAt is not in the future', 'expiresAt');
  if ((input.role === 'customer') !== (input.customerId !== undefined)) {
    throw new ServiceError(
      'invalid',
      'a customer token names its customer, and only a customer token does',
      'customerId',
    );
  }
  if (input.customerId !== undefined && !(await findCustomer(ctx.db, input.customerId)))
    throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
  return writeTransaction(ctx, async (trx) => {
    const id = randomBytes(6).toString('hex');
    const token = `sur_${id}_${randomBytes(24).toString('base64url')}`;
    const row = {
      id,
      hash: sha256(token),
      role: input.role,
      customer_id: input.customerId ?? null,
      label: input.label,
      created_at: ctx.now(),
      revoked_at: null,
      expires_at: input.expiresAt ?? null,
    };
    await insertToken(trx, row);
    await recordAudit(trx, ctx, 'token.issued', `token:${id}`, {
      role: input.role,
      customerId: input.customerId ?? null,
      label: input.label,
      expiresAt: input.expiresAt === undefined ? null : wireInstant(input.expiresAt),
    });
    return shownOnce({ ...tokenJson(row), token }, 'token');
  });
}

export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<void> {
  requireAdmin(ctx);
  await writeTransaction(ctx, async (trx) => {
    if (!(await revokeToken(trx, id, ctx.now()))) throw new ServiceError('not_found', `no active token ${id}`);
    await recordAudit(trx, ctx, 'token.revoked', `token:${id}`, {});
  });
  // Committed: this process refuses the token from now on (others within TOKEN_CACHE_MS).
  ctx.caches.tokens.forget(id);
}

/**
 * The principal a bearer token stands for, or an unauthorized error that says nothing about why (unknown, revoked
 * and expired tokens are refused alike).
 */
export async function authenticate(
  ctx: Omit<ServiceContext, 'principal'>,
  bearer: string | undefined,
): Promise<Principal> {
  const fail = () => new ServiceError('unauthorized', 'a valid bearer token is required');
  // The scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" name it as well as "Bearer".
  const m = /^Bearer +(sur_([0-9a-f]{12})_[\w-]+)$/i.exec(bearer ?? '');
  if (!m) throw fail();
  // Read at most TOKEN_CACHE_MS ago (token-cache.ts); revocation and expiry are checked below on every use.
  const row = await ctx.caches.tokens.find(ctx.db, m[2]!, ctx.now());
  const presented = Buffer.from(sha256(m[1]!), 'hex');
  if (
    !row ||
    row.revoked_at !== null ||
    (row.expires_at !== null && row.expires_at <= ctx.now()) ||
    !timingSafeEqual(presented, Buffer.from(row.hash, 'hex'))
  )
    throw fail();
  return { actor: `token:${row.id} (${row.label})`, role: row.role, customerId: row.customer_id ?? undefined };
}

/**
 * On a store with no usable admin token, issues one and returns it (printed on start): also when every admin token
 * has expired, or the provider would be locked out of its own server.
 */
export async function ensureAdminToken(ctx: ServiceContext): Promise<string | undefined> {
  if ((await countActiveAdmins(ctx.db, ctx.now())) > 0) return undefined;
  return (await issueToken(ctx, { role: 'admin', label: 'first admin' })).token;
}
