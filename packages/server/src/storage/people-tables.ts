import type { Generated } from 'kysely';

type Role = 'admin' | 'agent' | 'auditor' | 'customer';

/** A person who signs in with email and password; a customer contact is bound to one customer. */
export interface UserTable {
  id: string;
  email: string; // lower case
  name: string;
  password_hash: string; // argon2id, PHC string
  role: Role;
  customer_id: string | null;
  created_at: number;
  disabled_at: number | null;
}

/** A signed-in browser: kept by the SHA-256 of its id (the cookie holds the id itself). */
export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  ended_at: number | null;
}

export interface InvitationTable {
  id: string;
  token_hash: string;
  email: string;
  role: Role;
  customer_id: string | null;
  created_at: number;
  created_by: string;
  expires_at: number;
  accepted_at: number | null;
  revoked_at: number | null;
}

/** A one-time sign-in link (`surety demo`), kept by the SHA-256 of its token. */
export interface SignInTicketTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

/** A refused sign-in, counted per email and per client address by the rate limit. */
export interface SignInFailureTable {
  seq: Generated<number>;
  scope: 'email' | 'ip';
  key: string;
  at: number;
}

export interface FirstAdminTable {
  singleton: number;
  user_id: string;
  created_at: number;
}

export interface PeopleTables {
  users: UserTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  sign_in_tickets: SignInTicketTable;
  sign_in_failures: SignInFailureTable;
  first_admin: FirstAdminTable;
}
