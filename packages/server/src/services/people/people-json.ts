import type { InvitationRow } from '../../storage/repositories/invitation-repository.js';
import type { UserRow } from '../../storage/repositories/user-repository.js';
import { wireInstant, wireInstantOrNull } from '../core/instants.js';
import type { InvitationJson, UserDetailJson, UserJson } from './people-schemas.js';

/** Never the password hash. */
export function userJson(row: UserRow): UserJson {
  return { id: row.id, email: row.email, name: row.name, role: row.role, customerId: row.customer_id };
}

export function userDetailJson(row: UserRow): UserDetailJson {
  return { ...userJson(row), createdAt: wireInstant(row.created_at), disabledAt: wireInstantOrNull(row.disabled_at) };
}

/** Never the token's hash. */
export function invitationJson(row: InvitationRow): InvitationJson {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    customerId: row.customer_id,
    createdAt: wireInstant(row.created_at),
    createdBy: row.created_by,
    expiresAt: wireInstant(row.expires_at),
    acceptedAt: wireInstantOrNull(row.accepted_at),
    revokedAt: wireInstantOrNull(row.revoked_at),
  };
}
