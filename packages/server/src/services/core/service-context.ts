import type { Kysely } from 'kysely';
import type { ChangeChannel } from '../../storage/change-channel.js';
import type { GroupCommit } from '../../storage/group-commit.js';
import type { JobQueue } from '../../storage/job-queue.js';
import type { Tables } from '../../storage/tables.js';
import { fieldPointer, type ErrorCode } from './error-catalog.js';
import type { IdempotentRequest } from './idempotency.js';
import type { StoreCaches } from './store-caches.js';

export type Role = 'admin' | 'agent' | 'auditor' | 'customer';

/** Who is acting: a token's role, and for a customer contact the one customer it may see. */
export interface Principal {
  actor: string;
  role: Role;
  customerId?: string;
}

/**
 * What every service verb gets: the store, the clock and who acts. Services read the time only through
 * `now()`, so tests and the worker can hand them any instant; the engine below them is handed `now`.
 */
export interface ServiceContext {
  db: Kysely<Tables>;
  now(): number;
  principal: Principal;
  /** What the store keeps in memory between requests (store-caches.ts): every context of a store shares them. */
  caches: StoreCaches;
  /** PostgreSQL only: the queue that shares timers and deliveries among processes (SQLite has one process). */
  jobs?: JobQueue;
  /** SQLite only: writes that arrive together share one transaction and one fsync. */
  writes?: GroupCommit;
  /** Where ticket changes are announced to live clients (services/tickets/ticket-changes.ts). */
  changes?: ChangeChannel;
  /** A write request made with an Idempotency-Key: its write transaction records the key (write-transaction.ts). */
  idempotency?: IdempotentRequest;
  /** Where readers reach this server (links in email: confirm, unsubscribe, status page); default http://127.0.0.1:8080. */
  publicUrl?: string;
  /**
   * A reader's context over a read-only connection (store.ts, `openReadOnlyStore`): a write through it throws
   * `ReadOnlyContext`, and the caller hands the request to the store that writes.
   */
  readOnly?: boolean;
}

/** What a write through a read-only context throws (write-transaction.ts): not the caller's fault, nor a bug. */
export class ReadOnlyContext extends Error {
  constructor() {
    super('this context reads only: the write belongs to the store that writes');
    this.name = 'ReadOnlyContext';
  }
}

/**
 * A failure a caller can fix: a code from the error catalog, the occurrence's own words, and the field at fault
 * as a JSON pointer into the request (`/customerId`, `/fields/impact`; a dotted path is turned into one).
 */
export class ServiceError extends Error {
  readonly field?: string;
  constructor(
    readonly code: ErrorCode,
    message: string,
    field?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
    if (field !== undefined) this.field = fieldPointer(field);
  }
}

export const SYSTEM: Principal = { actor: 'system', role: 'admin' };
