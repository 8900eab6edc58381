import { ServiceError, type ServiceContext } from './service-context.js';

/**
 * Who may do what. Reading is open to every role (customer contacts only for their own customer); writing needs
 * admin or agent, except what a customer contact may do for its own customer (open requests, reply to them);
 * tokens are for admins.
 */
export function requireStaffWrite(ctx: ServiceContext): void {
  const { role } = ctx.principal;
  if (role !== 'admin' && role !== 'agent') throw new ServiceError('forbidden', `a ${role} token cannot change this`);
}

export function requireAdmin(ctx: ServiceContext): void {
  if (ctx.principal.role !== 'admin') throw new ServiceError('forbidden', 'only an admin token can do this');
}

/** Admins and auditors oversee the provider's own records (the audit log, webhooks); agents and customers do not. */
export function requireOversight(ctx: ServiceContext, what: string): void {
  const { role } = ctx.principal;
  if (role !== 'admin' && role !== 'auditor') throw new ServiceError('forbidden', `only admins and auditors ${what}`);
}

/**
 * A customer contact sees only its own customer: anything else does not exist for it (404, not 403, so that
 * nothing about other customers leaks, not even whether an id is taken).
 */
export function requireVisible(ctx: ServiceContext, customerId: string, what: string): void {
  const p = ctx.principal;
  if (p.role === 'customer' && p.customerId !== customerId) throw new ServiceError('not_found', `no ${what}`);
}

/** A customer contact may act for its own customer; staff for any. */
export function requireActFor(ctx: ServiceContext, customerId: string, what: string): void {
  const p = ctx.principal;
  if (p.role === 'customer') return requireVisible(ctx, customerId, what);
  requireStaffWrite(ctx);
}

/**
 * Service-credit claims are the customer's to make: a contact of its own customer files them, or an admin on its
 * behalf (finance taking a claim by email, say). Agents and auditors do not file claims.
 */
export function requireClaimant(ctx: ServiceContext, customerId: string, what: string): void {
  if (ctx.principal.role === 'customer') return requireVisible(ctx, customerId, what);
  if (ctx.principal.role !== 'admin')
    throw new ServiceError('forbidden', 'a claim is filed by a contact of the customer, or by an admin on its behalf');
}
