import type { InvitationRow } from '../../storage/repositories/invitation-repository.js';
import type { UserRow } from '../../storage/repositories/user-repository.js';
import type { InvitationJson, UserDetailJson, UserJson } from './people-schemas.js';

/** Instants on the wire: ISO-8601 UTC with milliseconds. */
const isoInstant = (t: number) => new Date(t).toISOString();
const maybeInstant = (t: number | null) => (t === null ? null : isoInstant(t));

/** Never the password hash. */
export function userJson(row: UserRow): UserJson {
  return { id: row.id, email: row.email, name: row.name, role: row.role, customerId: row.customer_id };
}

export function userDetailJson(row: UserRow): UserDetailJson {
  return { ...userJson(row), createdAt: isoInstant(row.created_at), disabledAt: maybeInstant(row.disabled_at) };
}

/** Never the token's hash. */
export function invitationJson(row: InvitationRow): InvitationJson {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    customerId: row.customer_id,
    createdAt: isoInstant(row.created_at),
    createdBy: row.created_by,
    expiresAt: isoInstant(row.expires_at),
    acceptedAt: maybeInstant(row.accepted_at),
    revokedAt: maybeInstant(row.revoked_at),
  };
}
