import type { Executor } from './executor.js';

export async function recordSignInFailures(
  db: Executor,
  failures: { scope: 'email' | 'ip'; key: string }[],
  at: number,
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values(failures.map((f) => ({ ...f, at })))
    .execute();
}

/** Failures of one email or address after `since`, and the oldest of them (when the window frees up). */
export async function countSignInFailures(
  db: Executor,
  scope: 'email' | 'ip',
  key: string,
  since: number,
): Promise<{ count: number; oldest: number | null }> {
  const r = await db
    .selectFrom('sign_in_failures')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirst();
  return { count: Number(r?.n ?? 0), oldest: r?.oldest == null ? null : Number(r.oldest) };
}

/** Failures older than the window count for nothing: removed so the table stays small. */
export async function purgeSignInFailures(db: Executor, before: number): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('at', '<', before).execute();
}
