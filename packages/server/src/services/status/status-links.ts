import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { findCustomer } from '../../storage/repositories/customer-repository.js';
import {
  findStatusLinkByHash,
  insertStatusLink,
  revokeStatusLink as revokeLinkRow,
  statusLinksOf,
  type StatusLinkRow,
} from '../../storage/repositories/status-link-repository.js';
import { recordAudit } from '../audit/log.js';
import { instantText } from '../core/instant-codec.js';
import { wireInstant } from '../core/instants.js';
import { shownOnce } from '../core/idempotency.js';
import { requireStaffWrite, requireVisible } from '../core/permissions.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/** A secret link to a customer's private status page; the token itself is shown once, when it is made. */
export const statusLinkSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  createdAt: instantText,
  revokedAt: instantText.nullable(),
});
export type StatusLinkJson = z.infer<typeof statusLinkSchema>;

/** POST /customers/{customerId}/status-links: the link with its path, the one time the token is shown. */
export const createdStatusLinkSchema = statusLinkSchema.extend({
  path: z.string().describe('shown once: the secret path of the page, /status/private/{token}'),
});

/** Only its hash is stored: a copy of the database does not open anyone's page. */
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function linkJson(r: StatusLinkRow): StatusLinkJson {
  return {
    id: r.id,
    customerId: r.customer_id,
    createdAt: wireInstant(r.created_at),
    revokedAt: r.revoked_at === null ? null : wireInstant(r.revoked_at),
  };
}

/** Makes a secret link to the customer's private status page (staff): the path with its token is answered once. */
export async function createStatusLink(
  ctx: ServiceContext,
  customerId: string,
): Promise<StatusLinkJson & { path: string }> {
  requireStaffWrite(ctx);
  const token = randomBytes(24).toString('base64url');
  const row: StatusLinkRow = {
    id: randomUUID(),
    customer_id: customerId,
    token_hash: hash(token),
    created_at: ctx.now(),
    revoked_at: null,
  };
  return writeTransaction(ctx, async (trx) => {
    if (!(await findCustomer(trx, customerId))) throw new ServiceError('not_found', `no customer ${customerId}`);
    await insertStatusLink(trx, row);
    await recordAudit(trx, ctx, 'status_link.created', `customer:${customerId}`, { link: row.id });
    // Never stored with an Idempotency-Key: a retry is told the link exists, not given its token.
    return shownOnce({ ...linkJson(row), path: `/status/private/${token}` }, 'path');
  });
}

/** One of the customer's status links (without its token). */
export async function getStatusLink(ctx: ServiceContext, customerId: string, id: string): Promise<StatusLinkJson> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  const row = (await statusLinksOf(ctx.db, customerId)).find((l) => l.id === id);
  if (!row) throw new ServiceError('not_found', `customer ${customerId} has no status link ${id}`);
  return linkJson(row);
}

export async function listStatusLinks(ctx: ServiceContext, customerId: string): Promise<StatusLinkJson[]> {
  requireVisible(ctx, customerId, `customer ${customerId}`);
  return (await statusLinksOf(ctx.db, customerId)).map(linkJson);
}

/** Revokes a link at once: its page answers 404 from then on. */
export async function revokeStatusLink(ctx: ServiceContext, customerId: string, id: string): Promise<StatusLinkJson> {
  requireStaffWrite(ctx);
  return writeTransaction(ctx, async (trx) => {
    if (!(await revokeLinkRow(trx, customerId, id, ctx.now())))
      throw new ServiceError('not_found', `no unrevoked status link ${id} of customer ${customerId}`);
    await recordAudit(trx, ctx, 'status_link.revoked', `customer:${customerId}`, { link: id });
    return linkJson((await statusLinksOf(trx, customerId)).find((l) => l.id === id)!);
  });
}

/** The customer a link opens, or undefined for an unknown or revoked one (the page then says only "not found"). */
export async function customerOfStatusLink(ctx: ServiceContext, token: string): Promise<string | undefined> {
  const row = await findStatusLinkByHash(ctx.db, hash(token));
  return row && row.revoked_at === null ? row.customer_id : undefined;
}
