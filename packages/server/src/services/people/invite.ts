import { findCustomer } from '../../storage/repositories/customer-repository.js';
import { insertInvitation, type InvitationRow } from '../../storage/repositories/invitation-repository.js';
import { findUserByEmail } from '../../storage/repositories/user-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { recordAudit } from '../audit/log.js';
import { enqueueEmail } from '../outbox/enqueue.js';
import { shownOnce } from '../core/idempotency.js';
import { requireAdmin } from '../core/permissions.js';
import { ServiceError, type Role, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { invitationJson } from './people-json.js';
import type { InvitationJson } from './people-schemas.js';
import { digest, newId, newSecret } from './secrets.js';

/** An invitation link works for a week. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600_000;

export const acceptPath = (token: string) => `/accept-invitation?token=${token}`;

/**
 * An admin invites a person by email, with a role (and the customer a customer contact belongs to): a one-time
 * link the invitee opens to choose a password, emailed through the outbox and answered to the admin once (to hand
 * on another way); the store keeps only its hash. `origin` is where the server is reached (the link's base).
 */
export async function invite(
  ctx: ServiceContext,
  input: { email: string; role: Role; customerId?: string; origin: string },
): Promise<InvitationJson & { acceptPath: string }> {
  requireAdmin(ctx);
  const email = input.email.trim().toLowerCase();
  if ((input.role === 'customer') !== (input.customerId !== undefined))
    throw new ServiceError(
      'invalid',
      'a customer contact names its customer, and only a customer contact does',
      'customerId',
    );
  if (input.customerId !== undefined && !(await findCustomer(ctx.db, input.customerId)))
    throw new ServiceError('not_found', `no customer ${input.customerId}`, 'customerId');
  if (await findUserByEmail(ctx.db, email))
    throw new ServiceError('conflict', `${email} has an account already`, 'email');
  const token = newSecret();
  return writeTransaction(ctx, async (trx) => {
    const row: InvitationRow = {
      id: newId(),
      token_hash: digest(token),
      email,
      role: input.role,
      customer_id: input.customerId ?? null,
      created_at: ctx.now(),
      created_by: ctx.principal.actor,
      expires_at: ctx.now() + INVITATION_LIFETIME_MS,
      accepted_at: null,
      revoked_at: null,
    };
    await insertInvitation(trx, row);
    await deliverInvitation(trx, ctx, row, `${input.origin}${acceptPath(token)}`);
    await recordAudit(trx, ctx, 'invitation.created', `invitation:${row.id}`, {
      email,
      role: row.role,
      customerId: row.customer_id,
    });
    return shownOnce({ ...invitationJson(row), acceptPath: acceptPath(token) }, 'acceptPath');
  });
}

/** The invitation email, written to the outbox in the invitation's transaction (sent at least once). */
async function deliverInvitation(trx: Executor, ctx: ServiceContext, row: InvitationRow, url: string): Promise<void> {
  const as =
    row.role === 'customer' ? `a contact of ${row.customer_id}` : `${row.role === 'admin' ? 'an' : 'a'} ${row.role}`;
  await enqueueEmail(trx, ctx, [
    {
      kind: 'invitation',
      key: `invitation:${row.id}`,
      to: [row.email],
      subject: 'You are invited to Surety',
      content: {
        title: 'You are invited to Surety',
        paragraphs: [
          `${ctx.principal.actor} invited you to sign in to Surety as ${as}.`,
          `Open the link to choose your password. It works once, until ${new Date(row.expires_at).toISOString()}.`,
        ],
        action: { label: 'Accept the invitation', url },
        footer: 'If you did not expect this, ignore this message: nothing happens unless the link is opened.',
      },
    },
  ]);
}
