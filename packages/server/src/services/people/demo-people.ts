import { findUserByEmail, insertUser, type UserRow } from '../../storage/repositories/user-repository.js';
import { recordAudit } from '../audit/log.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { hashPassword } from './passwords.js';
import { newId, newSecret } from './secrets.js';
import { issueSignInTicket } from './sign-in-ticket.js';

/** The demo's people: an admin, and a contact of the demo customer that has the most going on. */
const DEMO_PEOPLE = [
  { email: 'admin@demo.surety.invalid', name: 'Demo Admin', role: 'admin', customer_id: null },
  { email: 'contact@acme-corp.invalid', name: 'Acme Corp Contact', role: 'customer', customer_id: 'acme-corp' },
] as const;

/**
 * One-time sign-in links for the demo admin and customer contact, created on first use with a password nobody
 * knows (they sign in by link; an admin can invite them properly). Each run hands out fresh links.
 */
export async function demoSignIns(system: ServiceContext): Promise<{ email: string; role: string; path: string }[]> {
  const out = [];
  for (const person of DEMO_PEOPLE) {
    const user = (await findUserByEmail(system.db, person.email)) ?? (await createDemoUser(system, person));
    out.push({ email: user.email, role: user.role, path: await issueSignInTicket(system, user.id) });
  }
  return out;
}

async function createDemoUser(system: ServiceContext, person: (typeof DEMO_PEOPLE)[number]): Promise<UserRow> {
  const user: UserRow = {
    id: newId(),
    ...person,
    password_hash: await hashPassword(newSecret()),
    created_at: system.now(),
    disabled_at: null,
  };
  await writeTransaction(system, async (trx) => {
    await insertUser(trx, user);
    await recordAudit(trx, system, 'user.created', `user:${user.id}`, {
      email: user.email,
      role: user.role,
      demo: true,
    });
  });
  return user;
}
