import { isoInstant } from '@surety/engine';
import { ServiceError, type ServiceContext } from '../core/service-context.js';

/**
 * How far before its receipt a customer contact's request may say it happened: the difference between the
 * customer's clock and ours. Clocks run from the time a request is received (TechJutsu, Invoca: "time of
 * receipt"), so a customer who could backdate it could start them early and manufacture a breach.
 */
export const CUSTOMER_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The time a request or event states for itself (`at`, default now). Never in the future; a customer contact's
 * at most CUSTOMER_CLOCK_SKEW_MS before now. Staff may record what happened earlier (a request taken by phone):
 * `receivedAt` is then set, for the audit entry to show when it was recorded.
 */
export function statedTime(
  ctx: ServiceContext,
  stated: number | undefined,
  now: number,
  what: string,
  field = 'at',
): { at: number; receivedAt?: number } {
  const at = stated ?? now;
  if (at > now) throw new ServiceError('invalid', `${what} cannot be in the future`, field);
  if (at >= now - CUSTOMER_CLOCK_SKEW_MS) return { at };
  if (ctx.principal.role === 'customer') {
    throw new ServiceError(
      'invalid',
      `a customer contact cannot backdate ${what}: '${field}' may be at most 5 minutes before it was received (${isoInstant(now)})`,
      field,
    );
  }
  return { at, receivedAt: now };
}
