import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ServiceError } from '../core/service-context.js';
import type { MonitorRow } from '../../storage/repositories/monitor-repository.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A new push token (`smp_…`) and the hash stored for it. */
export function newPushToken(): { token: string; hash: string } {
  const token = `smp_${randomBytes(24).toString('base64url')}`;
  return { token, hash: sha256(token) };
}

/** Checks a job's `Authorization: Bearer <push token>` against the monitor's; 401 otherwise. */
export function requirePushToken(monitor: MonitorRow, authorization: string | undefined): void {
  const given = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  const want = monitor.push_token_hash;
  if (!given || !want || !timingSafeEqual(Buffer.from(sha256(given)), Buffer.from(want)))
    throw new ServiceError('unauthorized', `a push token of monitor ${monitor.id} is needed`);
}
