import { locationKey, probeMembers } from '../../storage/repositories/monitor-repository.js';
import { requireStaffWrite } from '../core/permissions.js';
import type { ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';

/**
 * A probe process counts as alive this long after it last asked for its assignments (it asks every 3 s): one
 * killed is dropped within 9 s and its checks run by the others from their next look, within 12 s, inside one
 * interval of monitors checked every 15 s or less often.
 */
export const MEMBER_TTL_MS = 9_000;

/** Marks a probe process alive at its location and answers the processes alive there, which share its checks. */
export async function probeCheckIn(ctx: ServiceContext, location: string, member: string): Promise<string[]> {
  requireStaffWrite(ctx);
  const now = ctx.now();
  return writeTransaction(ctx, async (trx) =>
    probeMembers(trx, await locationKey(trx, location, now), member, now, now - MEMBER_TTL_MS),
  );
}
