import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../tables.js';

/** Repositories run on the database or inside a service's transaction alike. */
export type Executor = Kysely<Tables> | Transaction<Tables>;
