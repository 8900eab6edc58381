import {
  countSignInFailures,
  purgeSignInFailures,
  recordSignInFailures,
} from '../../storage/repositories/sign-in-failure-repository.js';
import type { Executor } from '../../storage/repositories/executor.js';
import { ServiceError } from '../core/service-context.js';

/**
 * Failed sign-ins allowed in a sliding window, per email (guessing one person's password) and per client address
 * (trying many people's). Kept in the store, so every process on one PostgreSQL counts the same failures.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const FAILURES_PER_EMAIL = 5;
export const FAILURES_PER_IP = 30;

/** Refused with rate_limited (and when to try again) while either count is at its limit. */
export class SignInLimited extends ServiceError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `too many failed sign-ins; try again in ${retryAfterSeconds} s`);
  }
}

export async function checkSignInLimit(db: Executor, email: string, ip: string, now: number): Promise<void> {
  const since = now - SIGN_IN_WINDOW_MS;
  for (const [scope, key, limit] of [
    ['email', email, FAILURES_PER_EMAIL],
    ['ip', ip, FAILURES_PER_IP],
  ] as const) {
    const { count, oldest } = await countSignInFailures(db, scope, key, since);
    if (count >= limit) throw new SignInLimited(Math.max(1, Math.ceil((oldest! + SIGN_IN_WINDOW_MS - now) / 1000)));
  }
}

export async function countSignInFailure(db: Executor, email: string, ip: string, now: number): Promise<void> {
  await purgeSignInFailures(db, now - SIGN_IN_WINDOW_MS + 1);
  await recordSignInFailures(
    db,
    [
      { scope: 'email', key: email },
      { scope: 'ip', key: ip },
    ],
    now,
  );
}
