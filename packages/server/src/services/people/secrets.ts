import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie, link or form: 256 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/**
 * What the store keeps of a secret: its SHA-256. The secrets are random, so a plain hash is enough (no salt, no
 * slow hash): a copy of the table cannot be turned back into a cookie or a link.
 */
export const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Ids of people, invitations: short, random, not guessable in order. */
export const newId = (): string => randomBytes(8).toString('hex');
